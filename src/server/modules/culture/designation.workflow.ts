import type { Recommendation } from '../../../contracts/culture';
import type { Actor } from '../../core/auth/actor';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { createDecision } from '../decisions';
import { CultureErrors } from './culture.errors';
import * as repo from './culture.repository';
import { getProgramme } from './designations.service';
import { getNomination } from './nominations.service';

const WORDS: Record<Recommendation, { en: string; ru: string; zh: string }> = {
  inscribe: { en: 'to inscribe', ru: 'включить в список', zh: '列入名录' },
  refer: { en: 'to refer back to the states', ru: 'вернуть государствам', zh: '退回申报国' },
  defer: { en: 'to defer', ru: 'отложить', zh: '推迟审议' },
  not_inscribe: { en: 'not to inscribe', ru: 'не включать в список', zh: '不列入名录' },
};

/**
 * The Secretariat turns a complete, evaluated nomination's recommendation into a draft decision of the
 * programme's body, decided by consensus in the decisions module. Nothing is designated here: only the
 * adoption of that decision designates (`onDecisionClosed`).
 */
export async function proposeDecision(
  deps: Kernel,
  actor: Actor,
  id: string,
  recommendation: Recommendation,
) {
  const n = await getNomination(deps, actor, id);
  if (n.status !== 'complete') throw CultureErrors.wrongStatus({ status: n.status });
  const programme = await getProgramme(deps, n.programme);
  const w = WORDS[recommendation];
  const name = (l: 'en' | 'ru' | 'zh') => n.name[l] || n.name.en;
  const decision = await createDecision(deps, actor, {
    body: programme.body,
    title: {
      en: `${programme.name.en}: ${name('en')} (${n.states.join(', ')}), ${w.en}`.slice(0, 500),
      ru: `${programme.name.ru}: ${name('ru')} (${n.states.join(', ')}), ${w.ru}`.slice(0, 500),
      zh: `${programme.name.zh}：${name('zh')}（${n.states.join('、')}），${w.zh}`.slice(0, 500),
    },
    text: {
      en: `Nomination /api/v1/culture/nominations/${n.id}; the experts' recommendation: ${w.en}.`,
      ru: `Номинация /api/v1/culture/nominations/${n.id}; рекомендация экспертов: ${w.ru}.`,
      zh: `申报 /api/v1/culture/nominations/${n.id}；专家建议：${w.zh}。`,
    },
    procedure: 'consensus',
    visibility: 'restricted',
  });
  await deps.db.transaction().execute(async (trx) => {
    await repo.updateNomination(trx, id, { status: 'proposed', recommendation, decision_id: decision.id });
    await deps.audit.record(trx, actor, {
      action: 'culture.decision_proposed',
      targetType: 'culture_nomination',
      targetId: id,
      actingFor: 'secretariat',
      data: { decisionId: decision.id, recommendation, body: programme.body },
    });
  });
  return getNomination(deps, actor, id);
}

/**
 * The body's decision settles the nomination, once (the event may come again): adopted "inscribe"
 * designates with the decision, its date, the criteria and the places; adopted "refer"/"defer" returns
 * the file to the states; adopted "not_inscribe" ends it; not adopted leaves it complete for a new proposal.
 */
export async function onDecisionClosed(
  deps: Pick<Kernel, 'db' | 'audit' | 'now'>,
  e: { id: string; result: string; number: string | null },
) {
  const found = await repo.findNominationByDecision(deps.db, e.id);
  if (!found || found.status !== 'proposed') return;
  await deps.db.transaction().execute(async (trx) => {
    const cur = await repo.findNominationByDecision(trx, e.id);
    if (!cur || cur.status !== 'proposed') return;
    const now = deps.now().toISOString();
    let designationId: string | null = null;
    let status: string;
    if (e.result !== 'adopted') status = 'complete';
    else if (cur.recommendation === 'inscribe') {
      designationId = newId();
      const year = Number(now.slice(0, 4));
      const programme = (await repo.listProgrammes(trx)).find((p) => p.code === cur.programme);
      await repo.insertDesignation(trx, {
        id: designationId,
        programme: cur.programme,
        name: cur.name,
        description: cur.description,
        states: cur.states,
        places: cur.places,
        period_from: programme?.cycle === 'yearly' ? year : null,
        period_to: programme?.cycle === 'yearly' ? year + 1 : null,
        designated_on: now.slice(0, 10),
        decision_id: e.id,
        decision_number: e.number,
        criteria: cur.criteria,
        status: 'designated',
        source: `decision ${e.number ?? e.id} (/api/v1/decisions/${e.id})`,
        demo: cur.demo,
      });
      status = 'designated';
    } else status = cur.recommendation === 'not_inscribe' ? 'not_designated' : 'returned';
    await repo.updateNomination(trx, cur.id, {
      status: status as repo.NominationRow['status'] as never,
      designation_id: designationId,
      ...(status === 'complete' ? { decision_id: null } : {}),
    });
    await deps.audit.record(trx, null, {
      action: 'culture.nomination_decided',
      targetType: 'culture_nomination',
      targetId: cur.id,
      actingFor: 'secretariat',
      data: { decisionId: e.id, result: e.result, number: e.number, status, designationId },
    });
  });
}

export function subscribe(kernel: Kernel) {
  kernel.events.on('decisions.decision_closed', 'culture.nomination_decision', (e) =>
    onDecisionClosed(kernel, e),
  );
}
