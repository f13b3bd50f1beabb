import type { ActivityKind, ObligationDto, RuleSetParams } from '../../../contracts/cbm';
import { tables, toNumber, type DbOrTrx } from '../../core/db/database';

interface CbmTables {
  cbm_rule_set: {
    id: string;
    code: string;
    version: number;
    title: string;
    effective_from: string | null;
    effective_from_source: string;
    document_id: string | null;
    params: string;
    created_by: string | null;
    created_at: string;
  };
  cbm_declaration: {
    id: string;
    state_code: string;
    kind: string;
    from_date: string;
    to_date: string;
    troops: number;
    equipment: number;
    area: string;
    border_distance_km: number;
    concerned: string;
    declared_on: string;
    rule_set_id: string;
    obligations: string;
    computed_at: string;
    notify_due: string | null;
    notification_id: string | null;
    flagged_at: string | null;
    demo: number;
    created_by: string;
    created_at: string;
  };
  cbm_message: {
    id: string;
    reference: string;
    kind: string;
    precedence: string;
    from_state: string;
    to_states: string;
    subject: string;
    text: string;
    article: string;
    refers_to: string;
    declaration_id: string | null;
    answers_id: string | null;
    exchange_year: number | null;
    circulation_id: string | null;
    rule_set_id: string;
    sent_at: string;
    year: number;
    answer_due: string | null;
    answered_at: string | null;
    flagged_at: string | null;
    demo: number;
    created_by: string;
  };
}

const t = (db: DbOrTrx) => tables<CbmTables>(db);

export interface RuleSet {
  id: string;
  code: string;
  version: number;
  title: string;
  effectiveFrom: string | null;
  effectiveFromSource: string;
  documentId: string | null;
  params: RuleSetParams;
  createdBy: string | null;
  createdAt: string;
}

export interface Declaration {
  id: string;
  state: string;
  kind: ActivityKind;
  from: string;
  to: string;
  troops: number;
  equipment: number;
  area: unknown;
  borderDistanceKm: number;
  concerned: string[];
  declaredOn: string;
  ruleSetId: string;
  obligations: ObligationDto[];
  computedAt: string;
  notifyDue: string | null;
  notificationId: string | null;
  flaggedAt: string | null;
  demo: boolean;
  createdBy: string;
  createdAt: string;
}

export interface Message {
  id: string;
  reference: string;
  kind: 'notification' | 'query' | 'answer' | 'visit_request' | 'exchange';
  precedence: 'routine' | 'urgent';
  fromState: string;
  toStates: string[];
  subject: string;
  text: string;
  article: string;
  refersTo: string[];
  declarationId: string | null;
  answersId: string | null;
  exchangeYear: number | null;
  circulationId: string | null;
  ruleSetId: string;
  sentAt: string;
  year: number;
  answerDue: string | null;
  answeredAt: string | null;
  flaggedAt: string | null;
  demo: boolean;
  createdBy: string;
}

type RuleSetRow = CbmTables['cbm_rule_set'];
type DeclarationRow = CbmTables['cbm_declaration'];
type MessageRow = CbmTables['cbm_message'];

const toRuleSet = (r: RuleSetRow): RuleSet => ({
  id: r.id,
  code: r.code,
  version: toNumber(r.version),
  title: r.title,
  effectiveFrom: r.effective_from,
  effectiveFromSource: r.effective_from_source,
  documentId: r.document_id,
  params: JSON.parse(r.params) as RuleSetParams,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export async function listRuleSets(db: DbOrTrx): Promise<RuleSet[]> {
  const rows = await t(db)
    .selectFrom('cbm_rule_set')
    .selectAll()
    .orderBy('code')
    .orderBy('version')
    .execute();
  return rows.map(toRuleSet);
}

export async function nextRuleSetVersion(db: DbOrTrx, code: string): Promise<number> {
  const row = await t(db)
    .selectFrom('cbm_rule_set')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('code', '=', code)
    .executeTakeFirst();
  return toNumber(row?.v ?? 0) + 1;
}

export async function insertRuleSets(db: DbOrTrx, sets: readonly RuleSet[]) {
  if (!sets.length) return;
  await t(db)
    .insertInto('cbm_rule_set')
    .values(
      sets.map((s) => ({
        id: s.id,
        code: s.code,
        version: s.version,
        title: s.title,
        effective_from: s.effectiveFrom,
        effective_from_source: s.effectiveFromSource,
        document_id: s.documentId,
        params: JSON.stringify(s.params),
        created_by: s.createdBy,
        created_at: s.createdAt,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

const toDeclaration = (r: DeclarationRow): Declaration => ({
  id: r.id,
  state: r.state_code,
  kind: r.kind as ActivityKind,
  from: r.from_date,
  to: r.to_date,
  troops: toNumber(r.troops),
  equipment: toNumber(r.equipment),
  area: JSON.parse(r.area),
  borderDistanceKm: Number(r.border_distance_km),
  concerned: JSON.parse(r.concerned) as string[],
  declaredOn: r.declared_on,
  ruleSetId: r.rule_set_id,
  obligations: JSON.parse(r.obligations) as ObligationDto[],
  computedAt: r.computed_at,
  notifyDue: r.notify_due,
  notificationId: r.notification_id,
  flaggedAt: r.flagged_at,
  demo: !!toNumber(r.demo),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const declarationRow = (d: Declaration): DeclarationRow => ({
  id: d.id,
  state_code: d.state,
  kind: d.kind,
  from_date: d.from,
  to_date: d.to,
  troops: d.troops,
  equipment: d.equipment,
  area: JSON.stringify(d.area),
  border_distance_km: d.borderDistanceKm,
  concerned: JSON.stringify(d.concerned),
  declared_on: d.declaredOn,
  rule_set_id: d.ruleSetId,
  obligations: JSON.stringify(d.obligations),
  computed_at: d.computedAt,
  notify_due: d.notifyDue,
  notification_id: d.notificationId,
  flagged_at: d.flaggedAt,
  demo: d.demo ? 1 : 0,
  created_by: d.createdBy,
  created_at: d.createdAt,
});

export async function insertDeclaration(db: DbOrTrx, d: Declaration) {
  await t(db).insertInto('cbm_declaration').values(declarationRow(d)).execute();
}

export async function updateDeclaration(db: DbOrTrx, d: Declaration) {
  const { id, ...rest } = declarationRow(d);
  await t(db).updateTable('cbm_declaration').set(rest).where('id', '=', id).execute();
}

export async function findDeclaration(db: DbOrTrx, id: string): Promise<Declaration | undefined> {
  const row = await t(db).selectFrom('cbm_declaration').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDeclaration(row);
}

/** Declarations of the given states (all of them when `states` is null), by start date. */
export async function listDeclarations(
  db: DbOrTrx,
  states: readonly string[] | null,
  year?: number,
): Promise<Declaration[]> {
  let q = t(db).selectFrom('cbm_declaration').selectAll().orderBy('from_date').orderBy('id');
  if (states) q = q.where('state_code', 'in', states.length ? [...states] : ['']);
  if (year !== undefined)
    q = q.where('from_date', '<=', `${year}-12-31`).where('to_date', '>=', `${year}-01-01`);
  return (await q.execute()).map(toDeclaration);
}

const toMessage = (r: MessageRow): Message => ({
  id: r.id,
  reference: r.reference,
  kind: r.kind as Message['kind'],
  precedence: r.precedence as Message['precedence'],
  fromState: r.from_state,
  toStates: JSON.parse(r.to_states) as string[],
  subject: r.subject,
  text: r.text,
  article: r.article,
  refersTo: JSON.parse(r.refers_to) as string[],
  declarationId: r.declaration_id,
  answersId: r.answers_id,
  exchangeYear: r.exchange_year === null ? null : toNumber(r.exchange_year),
  circulationId: r.circulation_id,
  ruleSetId: r.rule_set_id,
  sentAt: r.sent_at,
  year: toNumber(r.year),
  answerDue: r.answer_due,
  answeredAt: r.answered_at,
  flaggedAt: r.flagged_at,
  demo: !!toNumber(r.demo),
  createdBy: r.created_by,
});

export async function insertMessage(db: DbOrTrx, m: Message) {
  await t(db)
    .insertInto('cbm_message')
    .values({
      id: m.id,
      reference: m.reference,
      kind: m.kind,
      precedence: m.precedence,
      from_state: m.fromState,
      to_states: JSON.stringify(m.toStates),
      subject: m.subject,
      text: m.text,
      article: m.article,
      refers_to: JSON.stringify(m.refersTo),
      declaration_id: m.declarationId,
      answers_id: m.answersId,
      exchange_year: m.exchangeYear,
      circulation_id: m.circulationId,
      rule_set_id: m.ruleSetId,
      sent_at: m.sentAt,
      year: m.year,
      answer_due: m.answerDue,
      answered_at: m.answeredAt,
      flagged_at: m.flaggedAt,
      demo: m.demo ? 1 : 0,
      created_by: m.createdBy,
    })
    .execute();
}

export async function findMessages(db: DbOrTrx, ids: readonly string[]): Promise<Message[]> {
  if (!ids.length) return [];
  const rows = await t(db)
    .selectFrom('cbm_message')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(toMessage);
}

export async function listMessages(db: DbOrTrx, year?: number): Promise<Message[]> {
  let q = t(db).selectFrom('cbm_message').selectAll().orderBy('sent_at', 'desc').orderBy('reference', 'desc');
  if (year !== undefined) q = q.where('year', '=', year);
  return (await q.execute()).map(toMessage);
}

export async function markAnswered(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const r = await t(db)
    .updateTable('cbm_message')
    .set({ answered_at: at })
    .where('id', '=', id)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setNotification(
  db: DbOrTrx,
  declarationId: string,
  messageId: string,
): Promise<boolean> {
  const r = await t(db)
    .updateTable('cbm_declaration')
    .set({ notification_id: messageId })
    .where('id', '=', declarationId)
    .where('notification_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The next instant a clock runs out: a notice deadline (the day after its last day) or an answer due. */
export async function nextDeadline(
  db: DbOrTrx,
): Promise<{ notifyDue: string | null; answerDue: string | null }> {
  const d = await t(db)
    .selectFrom('cbm_declaration')
    .select((eb) => eb.fn.min('notify_due').as('due'))
    .where('notification_id', 'is', null)
    .where('flagged_at', 'is', null)
    .where('notify_due', 'is not', null)
    .executeTakeFirst();
  const m = await t(db)
    .selectFrom('cbm_message')
    .select((eb) => eb.fn.min('answer_due').as('due'))
    .where('answered_at', 'is', null)
    .where('flagged_at', 'is', null)
    .where('answer_due', 'is not', null)
    .executeTakeFirst();
  return { notifyDue: (d?.due as string | null) ?? null, answerDue: (m?.due as string | null) ?? null };
}

/** Flags what ran out by `now`; returns the ids flagged, so each is flagged (and audited) once. */
export async function flagOverdue(db: DbOrTrx, now: string, today: string) {
  const declarations = await t(db)
    .updateTable('cbm_declaration')
    .set({ flagged_at: now })
    .where('notification_id', 'is', null)
    .where('flagged_at', 'is', null)
    .where('notify_due', '<', today)
    .returning(['id', 'state_code'])
    .execute();
  const queries = await t(db)
    .updateTable('cbm_message')
    .set({ flagged_at: now })
    .where('answered_at', 'is', null)
    .where('flagged_at', 'is', null)
    .where('answer_due', '<=', now)
    .returning(['id', 'from_state'])
    .execute();
  return { declarations, queries };
}
