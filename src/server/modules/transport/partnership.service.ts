import type { z } from 'zod';
import type { PartnerApplicationBody, PartnerDto, PartnerIndicatorBody } from '../../../contracts/transport';
import { requireStateMandate, type Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/db/database';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { createDecision } from '../decisions';
import { getNode } from './network.service';
import * as repo from './partnership.repository';
import { PartnershipErrors } from './transport.errors';

type Deps = Kernel;

/**
 * The partnership network of strategic ports and logistics centres: a node applies through its state's
 * coordinator with the partners' terms; the member states decide on its membership by consensus in the
 * Council of National Coordinators (a decision of the decisions module); members report yearly
 * indicators with their source.
 */
export async function applyToJoin(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof PartnerApplicationBody>,
): Promise<PartnerDto> {
  const node = await getNode(deps, input.node);
  // The state's coordinator applies; the Secretariat serves the states and does not apply for them.
  const actingFor = requireStateMandate(actor, node.country, ['national_coordinator']);
  if (await repo.findActiveForNode(deps.db, node.id))
    throw PartnershipErrors.alreadyApplied({ node: node.id });
  const decision = await createDecision(deps, actor, {
    body: 'CNC',
    title: {
      en: `Admission to the partnership network of ports and logistics centres: ${node.name}`.slice(0, 500),
      ru: `Принятие в партнёрскую сеть портов и логистических центров: ${node.name}`.slice(0, 500),
      zh: `接纳加入港口和物流中心伙伴网络：${node.name}`.slice(0, 500),
    },
    text: {
      en: `Application of ${node.name} (${node.country}, /api/v1/transport/nodes/${node.id}) to join the partnership network.`,
      ru: `Заявка узла ${node.name} (${node.country}, /api/v1/transport/nodes/${node.id}) на вступление в партнёрскую сеть.`,
      zh: `${node.name}（${node.country}，/api/v1/transport/nodes/${node.id}）申请加入伙伴网络。`,
    },
    procedure: 'consensus',
    visibility: 'public',
  });
  const row: repo.PartnershipTables['transport_partner'] = {
    id: newId(),
    node_id: node.id,
    state: node.country,
    status: 'applied',
    terms: JSON.stringify(input.terms),
    source: input.source,
    decision_id: decision.id,
    decision_number: null,
    applied_at: deps.now().toISOString(),
    applied_by: actor.userId,
    decided_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertPartner(trx, row);
    await deps.audit.record(trx, actor, {
      action: 'transport.partner_applied',
      targetType: 'transport_partner',
      targetId: row.id,
      actingFor,
      data: { node: node.id, decisionId: decision.id, source: input.source },
    });
  });
  return getPartner(deps, row.id);
}

export async function getPartner(deps: Pick<Kernel, 'db'>, id: string): Promise<PartnerDto> {
  const p = (await repo.listPartners(deps.db)).find((x) => x.id === id);
  if (!p) throw PartnershipErrors.partnerNotFound({ id });
  return p;
}

export const listPartners = (deps: Pick<Kernel, 'db'>, f: { status?: string }) =>
  repo.listPartners(deps.db, f);

/** A member's yearly indicators: its state's coordinator or the Secretariat, once a year. */
export async function recordIndicators(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof PartnerIndicatorBody>,
): Promise<PartnerDto> {
  const p = await repo.findPartnerRow(deps.db, id);
  if (!p) throw PartnershipErrors.partnerNotFound({ id });
  const actingFor = requireStateMandate(actor, p.state, ['national_coordinator'], { allowSecretariat: true });
  if (p.status !== 'member') throw PartnershipErrors.notMember({ status: p.status });
  const { year, ...data } = input;
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.insertIndicator(trx, {
        partner_id: id,
        year,
        data: JSON.stringify(data),
        recorded_at: deps.now().toISOString(),
        recorded_by: actor.userId,
      });
      await deps.audit.record(trx, actor, {
        action: 'transport.partner_indicators_recorded',
        targetType: 'transport_partner',
        targetId: id,
        actingFor,
        data: { year, source: input.source },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw PartnershipErrors.indicatorExists({ year });
    throw err;
  }
  return getPartner(deps, id);
}

/** The member states' decision settles the application, once (the event may come again). */
export async function onDecisionClosed(
  deps: Pick<Kernel, 'db' | 'audit' | 'now'>,
  e: { id: string; result: string; number: string | null },
) {
  const found = await repo.findByDecision(deps.db, e.id);
  if (!found || found.status !== 'applied') return;
  await deps.db.transaction().execute(async (trx) => {
    const cur = await repo.findPartnerRow(trx, found.id);
    if (!cur || cur.status !== 'applied') return;
    const status = e.result === 'adopted' ? 'member' : 'not_admitted';
    await repo.decide(trx, cur.id, status, e.number, deps.now().toISOString());
    await deps.audit.record(trx, null, {
      action: 'transport.partner_decided',
      targetType: 'transport_partner',
      targetId: cur.id,
      actingFor: 'secretariat',
      data: { decisionId: e.id, result: e.result, number: e.number, status },
    });
  });
}

export function subscribe(kernel: Kernel) {
  kernel.events.on('decisions.decision_closed', 'transport.partner_membership', (e) =>
    onDecisionClosed(kernel, e),
  );
}
