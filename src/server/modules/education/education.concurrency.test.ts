import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallDto, ProgrammeDto } from '../../../contracts/education';
import { bearer, buildTestApp, type TestApp } from '../../test/harness';

const DAY = 86_400_000;
let clock = new Date('2027-01-15T00:00:00Z');
let t: TestApp;
type H = Record<string, string>;
let sec: H, authority: H, admissions: H;
let programme: ProgrammeDto;
const students: H[] = [];
const STUDENTS = 6;

async function post(url: string, headers: H, payload?: object) {
  const res = await t.app.inject({ method: 'POST', url, headers, payload });
  return { status: res.statusCode, body: res.json() };
}

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => clock });
  sec = await bearer(t.app, 'secretariat@example.org');
  authority = await bearer(t.app, 'education.kz@example.org');
  admissions = await bearer(t.app, 'admissions.kz@example.org');
  const res = await t.app.inject('/api/v1/education/programmes?country=KZ&field=0613');
  programme = res.json<{ items: ProgrammeDto[] }>().items[0]!;
  for (let i = 0; i < STUDENTS; i++) {
    const email = `p${i}@example.org`;
    const password = 'a-long-student-password';
    await post(
      '/api/v1/education/applicants',
      {},
      { email, displayName: email, password, nationality: 'KZ', birthDate: '2001-01-01' },
    );
    const headers = await bearer(t.app, email, password);
    const mail = (await t.app.inject({ url: '/api/v1/education/outbox', headers })).json<{
      items: { text: string }[];
    }>();
    await post(
      '/api/v1/education/applicants/verify',
      {},
      { token: /token=([\w-]+)/.exec(mail.items[0]!.text)![1] },
    );
    students.push(headers);
  }
});
afterAll(() => t.close());

describe('quotas and places under concurrent requests', () => {
  it('never nominates beyond the quota nor offers beyond the places, whatever the order', async () => {
    const indices = [...Array(STUDENTS).keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.shuffledSubarray(indices), { minLength: 2, maxLength: 4 }),
        async (places, quota, lists) => {
          clock = new Date(clock.getTime() + 10 * DAY);
          const created = await post('/api/v1/education/calls', sec, {
            title: { en: 'Run', ru: 'Прогон', zh: '运行' },
            fields: ['06'],
            levels: [7],
            places: [{ programmeId: programme.id, places }],
            quotas: { KZ: quota },
            opensAt: new Date(clock.getTime() - DAY).toISOString(),
            closesAt: new Date(clock.getTime() + DAY).toISOString(),
            nominationDeadline: new Date(clock.getTime() + 2 * DAY).toISOString(),
          });
          expect(created.status, JSON.stringify(created.body)).toBe(201);
          const call = created.body as CallDto;
          const apps: string[] = [];
          for (const s of students) {
            const r = await post(`/api/v1/education/calls/${call.id}/applications`, s, {
              choices: [programme.id],
              languageLevel: 'C1',
              degree: 'Bachelor',
            });
            apps.push((r.body as { id: string }).id);
          }
          clock = new Date(clock.getTime() + 1.5 * DAY);
          const nominations = await Promise.all(
            lists.map((l) =>
              post(`/api/v1/education/calls/${call.id}/nominations`, authority, {
                state: 'KZ',
                ranked: l.map((i) => apps[i]),
              }),
            ),
          );
          nominations.forEach((r, i) => expect(r.status).toBe(lists[i]!.length > quota ? 409 : 200));
          const after = (await t.app.inject(`/api/v1/education/calls/${call.id}`)).json<CallDto>();
          const nominated = after.quotas[0]!.nominated;
          expect(nominated).toBeLessThanOrEqual(quota);
          // The list in force is one whole submission, never a mix of two.
          const accepted = lists.filter((l) => l.length <= quota).map((l) => l.length);
          expect(accepted.length === 0 ? nominated === 0 : accepted.includes(nominated)).toBe(true);

          clock = new Date(clock.getTime() + DAY);
          const offers = await Promise.all(
            [...apps, ...apps].map((id) =>
              post(`/api/v1/education/applications/${id}/offers`, admissions, { programmeId: programme.id }),
            ),
          );
          const made = offers.filter((r) => r.status === 201).length;
          expect(offers.every((r) => r.status < 500)).toBe(true);
          expect(made).toBe(Math.min(places, nominated));
          const final = (await t.app.inject(`/api/v1/education/calls/${call.id}`)).json<CallDto>();
          expect(final.places[0]!.offered).toBeLessThanOrEqual(places);
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);
});
