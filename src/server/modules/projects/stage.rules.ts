import type { Localized } from '../../../contracts/common';
import type { Stage } from '../../../contracts/projects';

/**
 * The project cycle of the multilateral development banks (identification, preparation, appraisal,
 * approval, implementation, completion), with OC4IDS's stage names. Each stage has a gate: the
 * checklist a project must meet before it moves on. The gates are data, here, so that the Secretariat's
 * practice can change them without touching the rules below.
 */
export const CYCLE = [
  'identification',
  'preparation',
  'appraisal',
  'approval',
  'implementation',
  'completion',
] as const satisfies readonly Stage[];

export const TERMINAL: readonly Stage[] = ['completion', 'cancelled'];

export interface ChecklistItemDef {
  item: string;
  /** A document is met by a reference to it; a question by a written answer. */
  kind: 'document' | 'question';
  label: Localized;
}

const doc = (item: string, label: Localized): ChecklistItemDef => ({ item, kind: 'document', label });
const ask = (item: string, label: Localized): ChecklistItemDef => ({ item, kind: 'question', label });

/**
 * Documents follow the development banks' project cycle; the questions are the G20 / Global
 * Infrastructure Hub project-preparation questions (the five cases: strategic rationale, options,
 * commercial viability, affordability, deliverability), each asked at the gate where it is decided.
 * Leaving `approval` forward is not a checklist: the member states decide (see approval.service.ts).
 */
export const GATES: Record<(typeof CYCLE)[number], readonly ChecklistItemDef[]> = {
  identification: [
    doc('concept_note', { en: 'Concept note', ru: 'Концептуальная записка', zh: '概念说明' }),
    ask('rationale', {
      en: 'Strategic rationale: what need does the project meet, and why now?',
      ru: 'Стратегическое обоснование: какую потребность удовлетворяет проект и почему сейчас?',
      zh: '战略依据：项目满足什么需求？为什么是现在？',
    }),
  ],
  preparation: [
    doc('feasibility_study', {
      en: 'Feasibility study',
      ru: 'Технико-экономическое обоснование',
      zh: '可行性研究',
    }),
    doc('esia', {
      en: 'Environmental and social impact assessment',
      ru: 'Оценка воздействия на окружающую среду и социальную сферу',
      zh: '环境与社会影响评估',
    }),
    ask('options', {
      en: 'Options: which alternatives were considered, and why this one?',
      ru: 'Варианты: какие альтернативы рассматривались и почему выбран этот?',
      zh: '方案：考虑了哪些备选方案？为何选择此方案？',
    }),
    ask('commercial_viability', {
      en: 'Commercial viability: can the project be procured and financed on commercial terms?',
      ru: 'Коммерческая состоятельность: можно ли закупить и профинансировать проект на коммерческих условиях?',
      zh: '商业可行性：项目能否按商业条件采购和融资？',
    }),
  ],
  appraisal: [
    doc('financing_plan', { en: 'Financing plan', ru: 'План финансирования', zh: '融资计划' }),
    ask('affordability', {
      en: 'Affordability: are the costs affordable over the whole life of the project?',
      ru: 'Финансовая доступность: посильны ли затраты на протяжении всего срока проекта?',
      zh: '可负担性：项目全生命周期的成本是否可负担？',
    }),
    ask('deliverability', {
      en: 'Deliverability: who will deliver it, and how are the risks managed?',
      ru: 'Реализуемость: кто реализует проект и как управляются риски?',
      zh: '可交付性：由谁实施？如何管理风险？',
    }),
  ],
  approval: [],
  implementation: [
    doc('completion_report', {
      en: 'Project completion report',
      ru: 'Отчёт о завершении проекта',
      zh: '项目竣工报告',
    }),
  ],
  completion: [],
};

export const ALL_ITEMS: ReadonlyMap<string, ChecklistItemDef & { stage: Stage }> = new Map(
  CYCLE.flatMap((stage) => GATES[stage].map((d) => [d.item, { ...d, stage }] as const)),
);

export function gateOf(stage: Stage): readonly ChecklistItemDef[] {
  return stage === 'cancelled' ? [] : GATES[stage];
}

/** The items of `stage`'s gate not met by what has been recorded. */
export function missingItems(stage: Stage, recorded: ReadonlySet<string>): string[] {
  return gateOf(stage)
    .filter((d) => !recorded.has(d.item))
    .map((d) => d.item);
}

export interface TransitionCase {
  from: Stage;
  to: Stage;
  reason: string | null;
  /** Checklist items recorded so far (met). */
  recorded: ReadonlySet<string>;
  /** An approval decision is open in the decisions module. */
  approvalOpen: boolean;
  /** Member states that expressed interest: the participants of an approval decision. */
  interested: number;
}

export type TransitionVerdict =
  | { ok: true; direction: 'forward' | 'back' | 'cancel' }
  | { ok: false; error: 'terminal' | 'same_stage' | 'skipped' | 'approval_by_decision' | 'approval_open' }
  | { ok: false; error: 'reason_required' }
  | { ok: false; error: 'no_interested_states' }
  | { ok: false; error: 'checklist_incomplete'; missing: string[] };

const index = (s: Stage) => (CYCLE as readonly Stage[]).indexOf(s);

/**
 * Whether a project may move from one stage to another. Forward only to the next stage and only with
 * the gate's checklist met; back only one stage and only with a reason; cancelled from any open stage,
 * with a reason. Into approval (either way) needs interested states, who decide; out of approval
 * forward only by the adopted decision, and not back while the decision is open.
 */
export function checkTransition(c: TransitionCase): TransitionVerdict {
  if (TERMINAL.includes(c.from)) return { ok: false, error: 'terminal' };
  if (c.to === c.from) return { ok: false, error: 'same_stage' };
  if (c.to === 'cancelled')
    return c.reason ? { ok: true, direction: 'cancel' } : { ok: false, error: 'reason_required' };
  const step = index(c.to) - index(c.from);
  if (step === 1) {
    if (c.from === 'approval') return { ok: false, error: 'approval_by_decision' };
    const missing = missingItems(c.from, c.recorded);
    if (missing.length) return { ok: false, error: 'checklist_incomplete', missing };
    if (c.to === 'approval' && c.interested === 0) return { ok: false, error: 'no_interested_states' };
    return { ok: true, direction: 'forward' };
  }
  if (step === -1) {
    if (!c.reason) return { ok: false, error: 'reason_required' };
    if (c.from === 'approval' && c.approvalOpen) return { ok: false, error: 'approval_open' };
    // Back from implementation means approving again, which again needs states to decide.
    if (c.to === 'approval' && c.interested === 0) return { ok: false, error: 'no_interested_states' };
    return { ok: true, direction: 'back' };
  }
  return { ok: false, error: 'skipped' };
}
