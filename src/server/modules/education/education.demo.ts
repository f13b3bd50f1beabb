import { findUserByEmail, insertUser } from '../../core/auth/identity.repository';
import { hashPassword } from '../../core/auth/passwords';
import { createUser, type DemoAccount } from '../../core/auth/users.service';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { loadStates } from '../states';
import { insertApplicant } from './applicants.repository';
import * as calls from './calls.repository';
import * as network from './network.repository';

/** Programmes of each demo university: real ISCED-F 2013 codes, invented (demo) programmes. */
const PROGRAMMES = [
  {
    field: '0613',
    en: 'Software and applications (demo)',
    ru: 'Программное обеспечение (демо)',
    zh: '软件与应用（演示）',
  },
  { field: '0311', en: 'Economics (demo)', ru: 'Экономика (демо)', zh: '经济学（演示）' },
];
const LANGUAGE: Record<string, string> = { CN: 'zh', IN: 'en', PK: 'en', IR: 'fa' };

/**
 * Demo content of the embedded default, labelled demo wherever shown and never loaded in production:
 * no source lists the SCO University's members, so every university and programme here is invented.
 * Accounts: `education.<iso2>` (grant authority), `admissions.<iso2>` (an officer of the state's demo
 * university), `student@example.org` (a verified applicant from Kazakhstan), all with DEMO_PASSWORD.
 */
export async function seedEducationDemo(k: Kernel) {
  const members = (await loadStates(k.db)).filter((s) => s.status === 'member');
  let hash: string | undefined;
  // One hash for every demo account: they share the password, and argon2 is slow on purpose.
  const password = async () => (hash ??= await hashPassword(k.config.demoPassword));
  const accounts: DemoAccount[] = members.flatMap((s) => [
    {
      email: `education.${s.code.toLowerCase()}@example.org`,
      displayName: `Demo grant authority, ${s.name.en}`,
      state: s.code,
      role: 'grant_authority' as const,
    },
    {
      email: `admissions.${s.code.toLowerCase()}@example.org`,
      displayName: `Demo admissions officer, ${s.name.en}`,
      state: s.code,
      role: 'admissions_officer' as const,
    },
  ]);
  for (const a of accounts) {
    if (await findUserByEmail(k.db, a.email)) continue;
    const h = await password();
    await createUser(
      k,
      null,
      { email: a.email, displayName: a.displayName, password: '' },
      [{ state: a.state, role: a.role, validFrom: '2024-01-01' }],
      h,
    );
  }
  if ((await network.listUniversities(k.db)).some((u) => u.demo)) return;

  const at = k.now().toISOString();
  const universities = members.map((s) => ({
    id: newId(),
    country: s.code,
    name: JSON.stringify({
      en: `Demo university, ${s.name.en}`,
      ru: `Демо-университет, ${s.name.ru}`,
      zh: `演示大学，${s.name.zh}`,
    }),
    fields: JSON.stringify(PROGRAMMES.map((p) => p.field)),
    demo: 1,
    created_at: at,
  }));
  const programmes = universities.flatMap((u) =>
    PROGRAMMES.map((p) => ({
      id: newId(),
      university_id: u.id,
      title: JSON.stringify({ en: p.en, ru: p.ru, zh: p.zh }),
      field: p.field,
      level: 7,
      language: LANGUAGE[u.country] ?? 'ru',
      duration_months: 24,
      places: 5,
      demo: 1,
    })),
  );
  const agreements = universities.slice(1).flatMap((u) => [
    {
      id: newId(),
      sending_university_id: universities[0]!.id,
      receiving_university_id: u.id,
      field: '0613',
      level: 7,
      academic_year: '2026/2027',
      mobilities_per_year: 2,
      demo: 1,
    },
    {
      id: newId(),
      sending_university_id: u.id,
      receiving_university_id: universities[0]!.id,
      field: '0613',
      level: 7,
      academic_year: '2026/2027',
      mobilities_per_year: 2,
      demo: 1,
    },
  ]);
  const officers = await Promise.all(
    universities.map(async (u) => ({
      user_id: (await findUserByEmail(k.db, `admissions.${u.country.toLowerCase()}@example.org`))!.user.id,
      university_id: u.id,
    })),
  );
  const day = 86_400_000;
  const callId = newId();
  const studentHash = await password();
  await k.db.transaction().execute(async (trx) => {
    await network.insertUniversities(trx, universities);
    await network.insertProgrammes(trx, programmes);
    await network.insertAgreements(trx, agreements);
    for (const o of officers) await network.insertOfficer(trx, o);
    await calls.insertCall(
      trx,
      {
        id: callId,
        title: JSON.stringify({
          en: 'Demo call: SCO University master’s grants',
          ru: 'Демо-конкурс: гранты магистратуры Университета ШОС',
          zh: '演示征集：上合组织大学硕士奖学金',
        }),
        fields: JSON.stringify(['0613', '0311']),
        levels: JSON.stringify([7]),
        max_choices: 3,
        min_language_level: 'B1',
        opens_at: new Date(Date.parse(at) - day).toISOString(),
        closes_at: new Date(Date.parse(at) + 30 * day).toISOString(),
        nomination_deadline: new Date(Date.parse(at) + 60 * day).toISOString(),
        created_at: at,
      },
      programmes.map((p) => ({ call_id: callId, programme_id: p.id, places: 3 })),
      members.map((s) => ({ call_id: callId, state: s.code, quota: 5 })),
    );
    if (!(await findUserByEmail(trx, 'student@example.org'))) {
      const id = newId();
      await insertUser(trx, {
        id,
        email: 'student@example.org',
        displayName: 'Demo student',
        passwordHash: studentHash,
        createdAt: at,
      });
      await insertApplicant(trx, {
        user_id: id,
        nationality: 'KZ',
        birth_date: '2000-01-01',
        verify_token_hash: null,
        verified_at: at,
        created_at: at,
      });
    }
  });
}
