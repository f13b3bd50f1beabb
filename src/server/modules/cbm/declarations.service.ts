import type { DeclarationBody, DeclarationDto } from '../../../contracts/cbm';
import { today } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import type { CbmReader } from './cbm.access';
import { CbmErrors } from './cbm.errors';
import * as repo from './cbm.repository';
import { computeObligations } from './cbm.rules';
import { ruleSetInForce, type CbmDeps } from './rule-sets.service';

/** The reader must be the defence contact of `state`; the Secretariat does not speak for states. */
export function requireContact(r: CbmReader, state: string) {
  if (!r.states.includes(state)) throw CbmErrors.notDefenceContact({ state });
}

/** A declaration the reader may see (its state's, or any for the Secretariat); others are not found. */
export async function loadDeclaration(deps: Pick<CbmDeps, 'db'>, r: CbmReader, id: string) {
  const d = await repo.findDeclaration(deps.db, id);
  if (!d || !(r.secretariat || r.states.includes(d.state))) throw CbmErrors.notFound({ id });
  return d;
}

const notifyDueOf = (obligations: DeclarationDto['obligations']) =>
  obligations.find((o) => o.kind === 'notify')?.due ?? null;

export function toDeclarationDto(sets: readonly repo.RuleSet[], d: repo.Declaration): DeclarationDto {
  const set = sets.find((s) => s.id === d.ruleSetId)!;
  return {
    id: d.id,
    state: d.state,
    kind: d.kind,
    from: d.from,
    to: d.to,
    troops: d.troops,
    equipment: d.equipment,
    area: d.area as DeclarationDto['area'],
    borderDistanceKm: d.borderDistanceKm,
    concerned: d.concerned,
    declaredOn: d.declaredOn,
    ruleSet: { id: set.id, code: set.code, version: set.version },
    obligations: d.obligations,
    computedAt: d.computedAt,
    notificationId: d.notificationId,
    overdue: d.flaggedAt !== null,
    demo: d.demo,
  };
}

/**
 * A defence contact declares a planned activity: the obligations are computed from the rule set in
 * force on the day of declaration and stored with it, so a later rule set changes nothing by itself.
 * @throws cbm.not_defence_contact, cbm.no_rule_set
 */
export async function declare(
  deps: CbmDeps,
  r: CbmReader,
  input: DeclarationBody,
  opts: { demo?: boolean } = {},
): Promise<DeclarationDto> {
  requireContact(r, input.state);
  const declaredOn = today(deps.now());
  const set = await ruleSetInForce(deps, r, declaredOn);
  const obligations = computeObligations(set.params, input, declaredOn);
  const at = deps.now().toISOString();
  const d: repo.Declaration = {
    id: newId(),
    state: input.state,
    kind: input.kind,
    from: input.from,
    to: input.to,
    troops: input.troops,
    equipment: input.equipment,
    area: input.area,
    borderDistanceKm: input.borderDistanceKm,
    concerned: [...new Set(input.concerned)].filter((s) => s !== input.state).sort(),
    declaredOn,
    ruleSetId: set.id,
    obligations,
    computedAt: at,
    notifyDue: notifyDueOf(obligations),
    notificationId: null,
    flaggedAt: null,
    demo: !!opts.demo,
    createdBy: r.actor.userId,
    createdAt: at,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertDeclaration(trx, d);
    await deps.audit.record(trx, r.actor, {
      action: 'cbm.declaration_created',
      targetType: 'cbm_declaration',
      targetId: d.id,
      actingFor: d.state,
      data: { ruleSet: set.id, obligations: obligations.map((o) => o.kind) },
    });
    if (d.notifyDue) await deps.jobs.wake(trx);
  });
  return toDeclarationDto(await repo.listRuleSets(deps.db), d);
}

/**
 * A designated Secretariat officer recomputes a declaration under the rule set in force on its day of
 * declaration now (a corrected version, or the new Agreement's set).
 * @throws cbm.secretariat_only, cbm.not_found, cbm.no_rule_set
 */
export async function recompute(deps: CbmDeps, r: CbmReader, id: string): Promise<DeclarationDto> {
  if (!r.secretariat) throw CbmErrors.secretariatOnly();
  const d = await loadDeclaration(deps, r, id);
  const set = await ruleSetInForce(deps, r, d.declaredOn);
  const obligations = computeObligations(set.params, d, d.declaredOn);
  const next: repo.Declaration = {
    ...d,
    ruleSetId: set.id,
    obligations,
    computedAt: deps.now().toISOString(),
    notifyDue: notifyDueOf(obligations),
    flaggedAt: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateDeclaration(trx, next);
    await deps.audit.record(trx, r.actor, {
      action: 'cbm.declaration_recomputed',
      targetType: 'cbm_declaration',
      targetId: d.id,
      actingFor: 'secretariat',
      data: { from: d.ruleSetId, to: set.id, obligations: obligations.map((o) => o.kind) },
    });
    await deps.jobs.wake(trx);
  });
  return toDeclarationDto(await repo.listRuleSets(deps.db), next);
}

export async function listDeclarationDtos(deps: Pick<CbmDeps, 'db'>, r: CbmReader) {
  const [items, sets] = await Promise.all([
    repo.listDeclarations(deps.db, r.secretariat ? null : r.states),
    repo.listRuleSets(deps.db),
  ]);
  return { items: items.map((d) => toDeclarationDto(sets, d)) };
}

export async function getDeclarationDto(deps: Pick<CbmDeps, 'db'>, r: CbmReader, id: string) {
  const d = await loadDeclaration(deps, r, id);
  return toDeclarationDto(await repo.listRuleSets(deps.db), d);
}
