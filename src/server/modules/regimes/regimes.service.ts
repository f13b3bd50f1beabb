import type {
  ChangeDto,
  ChangesDto,
  RegimeBody,
  RegimeDto,
  RegimeFields,
  RegimeListDto,
  RegimesQuery,
  VisaMatrixDto,
} from '../../../contracts/regimes';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/db/database';
import type { AppError } from '../../core/errors';
import { isCountryCode } from '../../core/iso3166';
import type { Kernel } from '../../core/module';
import { currentMemberCodes } from '../states';
import { RegimesErrors } from './regimes.errors';
import * as repo from './regimes.repository';
import { historyProblem } from './rules';

export type RegimesDeps = Pick<Kernel, 'db' | 'audit' | 'now'>;

/** A rule a regime breaks, with the field it is about (a CSV import names the field's column). */
export interface Problem {
  field: 'state' | 'visa' | 'history';
  error: AppError;
}

/** The rules a schema cannot say: real countries, a possible history, visa fields on visa regimes. */
export function regimeProblems(f: RegimeFields): Problem[] {
  const out: Problem[] = [];
  if (!isCountryCode(f.state))
    out.push({ field: 'state', error: RegimesErrors.unknownCountry({ country: f.state }) });
  const visa = f.visa.value;
  if ((f.type === 'visa_regime') !== (visa !== null))
    out.push({ field: 'visa', error: RegimesErrors.visaMismatch({ type: f.type }) });
  else if (visa && !isCountryCode(visa.nationalsOf))
    out.push({ field: 'visa', error: RegimesErrors.unknownCountry({ country: visa.nationalsOf }) });
  const h = historyProblem(f.history);
  if (h) out.push({ field: 'history', error: RegimesErrors.invalidHistory({ reason: h }) });
  return out;
}

function check(f: RegimeFields) {
  const [first] = regimeProblems(f);
  if (first) throw first.error;
}

/** The Secretariat records any state's regimes; a state's coordinator its own state's. */
const editingFor = (actor: Actor, state: string) =>
  requireStateMandate(actor, state, ['national_coordinator'], { allowSecretariat: true });

export async function listRegimes(deps: Pick<Kernel, 'db'>, q: RegimesQuery): Promise<RegimeListDto> {
  return repo.listRegimes(deps.db, q);
}

export async function getRegime(deps: Pick<Kernel, 'db'>, code: string): Promise<RegimeDto> {
  const row = await repo.findRegime(deps.db, code);
  if (!row) throw RegimesErrors.notFound({ code });
  return repo.toDto(row);
}

const target = (code: string) => ({ targetType: 'regimes_regime', targetId: code });

/** @throws regimes.exists, regimes.unknown_country, regimes.invalid_history, regimes.visa_mismatch, auth.no_mandate */
export async function createRegime(deps: RegimesDeps, actor: Actor, body: RegimeBody): Promise<RegimeDto> {
  const { code, ...f } = body;
  check(f);
  const actingFor = editingFor(actor, f.state);
  const row = repo.toRow(code, f, { demo: false, at: deps.now().toISOString(), by: actor.userId });
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertRegime(trx, row);
      await deps.audit.record(trx, actor, {
        action: 'regimes.regime_created',
        ...target(code),
        actingFor,
        data: { state: f.state, type: f.type },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw RegimesErrors.exists({ code });
    throw err;
  }
  return repo.toDto(row);
}

/**
 * Replaces a regime's values and history. Moving a regime to another state needs a mandate for both.
 * @throws regimes.not_found and what createRegime throws
 */
export async function replaceRegime(
  deps: RegimesDeps,
  actor: Actor,
  code: string,
  f: RegimeFields,
): Promise<RegimeDto> {
  check(f);
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findRegime(trx, code);
    if (!before) throw RegimesErrors.notFound({ code });
    editingFor(actor, before.state_code);
    const actingFor = editingFor(actor, f.state);
    // Demo content edited by a person is still the demo's: the label goes only with a new import.
    const row = repo.toRow(code, f, { demo: !!before.demo, at: deps.now().toISOString(), by: actor.userId });
    await repo.updateRegime(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'regimes.regime_updated',
      ...target(code),
      actingFor,
      data: { changed: changedFields(JSON.parse(before.data) as RegimeFields, f) },
    });
    return repo.toDto(row);
  });
}

/** The top-level fields whose values differ. */
export function changedFields(a: RegimeFields, b: RegimeFields): string[] {
  const x = repo.fields(a);
  const y = repo.fields(b);
  return (Object.keys(x) as (keyof RegimeFields)[]).filter(
    (k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]),
  );
}

/** The flow: every status reached between `from` and `to`, both days included, in date order. */
export async function listChanges(
  deps: Pick<Kernel, 'db'>,
  q: { from: string; to: string; state?: string; type?: RegimeDto['type'] },
): Promise<ChangesDto> {
  if (q.to < q.from) throw RegimesErrors.badRange({ from: q.from, to: q.to });
  const regimes = await repo.regimesChangedIn(deps.db, q.from, q.to, q);
  const items: ChangeDto[] = regimes.flatMap((r) =>
    r.history
      .filter((e) => e.on >= q.from && e.on <= q.to)
      .map((e) => ({
        on: e.on,
        status: e.status,
        source: e.source,
        regime: { code: r.code, state: r.state, type: r.type, name: r.name },
        demo: r.demo,
      })),
  );
  items.sort((a, b) => a.on.localeCompare(b.on) || a.regime.code.localeCompare(b.regime.code));
  return { from: q.from, to: q.to, items };
}

/** Who admits whose nationals on `on`: one cell per visa regime in force (ADR 0117). */
export async function visaMatrix(deps: Pick<Kernel, 'db'>, on: string): Promise<VisaMatrixDto> {
  const regimes = await repo.visaRegimesInForce(deps.db, on);
  const cells = regimes.map((r) => ({
    to: r.state,
    from: r.visa.value!.nationalsOf,
    requirement: r.visa.value!.requirement,
    stayDays: r.visa.value!.stayDays,
    code: r.code,
    source: r.visa.source,
    demo: r.demo,
  }));
  const members = await currentMemberCodes(deps.db);
  const states = [...new Set([...members, ...cells.flatMap((c) => [c.to, c.from])])].sort();
  return { on, states, cells };
}
