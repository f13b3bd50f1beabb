import type { z } from 'zod';
import {
  UNCONFIRMED,
  type AnswerBody,
  type ExchangeBody,
  type MessageDto,
  type ParamName,
  type SendMessageBody,
} from '../../../contracts/cbm';
import type { Trx } from '../../core/db/database';
import { newId } from '../../core/ids';
import { nextNumber } from '../../core/registers';
import type { CbmReader } from './cbm.access';
import { seesMessage } from './cbm.access';
import { CbmErrors } from './cbm.errors';
import * as repo from './cbm.repository';
import { answerDue } from './cbm.rules';
import { loadDeclaration, requireContact } from './declarations.service';
import { ruleSetInForce, type CbmDeps } from './rule-sets.service';

/** The article a message fulfils, in words: the rule set, its parameters and their articles if known. */
function articleLine(set: repo.RuleSet, names: ParamName[]): string {
  const articles = names.map((n) => set.params[n].article).filter((a): a is string => !!a);
  const where = articles.length ? [...new Set(articles)].join('; ') : `article ${UNCONFIRMED}`;
  return `Rule set ${set.code} v${set.version} (${names.join(', ')}): ${where}`;
}

type SentAction =
  | 'cbm.notification_sent'
  | 'cbm.query_sent'
  | 'cbm.visit_request_sent'
  | 'cbm.answer_sent'
  | 'cbm.exchange_sent';

/** What a sender gives; the audited `action` is written as a literal where each kind is sent. */
interface Draft extends Record<'action', SentAction> {
  kind: repo.Message['kind'];
  precedence: repo.Message['precedence'];
  fromState: string;
  toStates: string[];
  subject: string;
  content: string;
  article: string;
  refersTo: repo.Message[];
  declarationId?: string;
  answersId?: string;
  exchangeYear?: number;
  answerDue?: string | null;
}

/**
 * Numbers, formats and stores one message in the sender's register for the year (`cbm.messages:<state>`),
 * in the sending transaction: the layout of the OSCC formats (wave2-anchors §3), PRECEDENCE … END OF MESSAGE.
 */
async function sendMessage(
  trx: Trx,
  deps: CbmDeps,
  r: CbmReader,
  set: repo.RuleSet,
  draft: Draft,
  demo = false,
): Promise<repo.Message> {
  const now = deps.now();
  const year = now.getUTCFullYear();
  const number = await nextNumber(trx, `cbm.messages:${draft.fromState}`, year);
  const reference = `CBM/${draft.fromState}/${year}/${number}`;
  const text = [
    `PRECEDENCE: ${draft.precedence.toUpperCase()}`,
    `FROM: ${draft.fromState}`,
    `TO: ${draft.toStates.join(', ')}`,
    `MESSAGE: ${reference} ${now.toISOString()}`,
    `SUBJECT: ${draft.subject}`,
    `ARTICLE: ${draft.article}`,
    `REFERENCES: ${draft.refersTo.length ? draft.refersTo.map((m) => m.reference).join(', ') : 'NONE'}`,
    draft.content,
    'END OF MESSAGE',
  ].join('\n');
  const m: repo.Message = {
    id: newId(),
    reference,
    kind: draft.kind,
    precedence: draft.precedence,
    fromState: draft.fromState,
    toStates: draft.toStates,
    subject: draft.subject,
    text,
    article: draft.article,
    refersTo: draft.refersTo.map((x) => x.id),
    declarationId: draft.declarationId ?? null,
    answersId: draft.answersId ?? null,
    exchangeYear: draft.exchangeYear ?? null,
    circulationId: null,
    ruleSetId: set.id,
    sentAt: now.toISOString(),
    year,
    answerDue: draft.answerDue ?? null,
    answeredAt: null,
    flaggedAt: null,
    demo,
    createdBy: r.actor.userId,
  };
  await repo.insertMessage(trx, m);
  if (m.answerDue) await deps.jobs.wake(trx);
  const { action } = draft;
  await deps.audit.record(trx, r.actor, {
    action,
    targetType: 'cbm_message',
    targetId: m.id,
    actingFor: m.fromState,
    data: { reference, to: m.toStates },
  });
  return m;
}

async function references(deps: Pick<CbmDeps, 'db'>, r: CbmReader, ids: readonly string[]) {
  const found = await repo.findMessages(deps.db, [...new Set(ids)]);
  for (const id of ids) {
    const m = found.find((x) => x.id === id);
    if (!m || !seesMessage(r, m)) throw CbmErrors.unknownReference({ id });
  }
  return found;
}

export async function toMessageDtos(
  deps: Pick<CbmDeps, 'db'>,
  ms: readonly repo.Message[],
): Promise<MessageDto[]> {
  const refIds = [...new Set(ms.flatMap((m) => m.refersTo))];
  const refs = new Map((await repo.findMessages(deps.db, refIds)).map((m) => [m.id, m.reference]));
  return ms.map((m) => ({
    id: m.id,
    reference: m.reference,
    kind: m.kind,
    precedence: m.precedence,
    fromState: m.fromState,
    toStates: m.toStates,
    subject: m.subject,
    text: m.text,
    article: m.article,
    refersTo: m.refersTo.map((id) => ({ id, reference: refs.get(id) ?? '' })),
    declarationId: m.declarationId,
    circulationId: m.circulationId,
    sentAt: m.sentAt,
    answerDue: m.answerDue,
    answeredAt: m.answeredAt,
    overdue: m.flaggedAt !== null,
    demo: m.demo,
  }));
}

export async function listMessageDtos(deps: Pick<CbmDeps, 'db'>, r: CbmReader, year?: number) {
  const all = await repo.listMessages(deps.db, year);
  return {
    items: await toMessageDtos(
      deps,
      all.filter((m) => seesMessage(r, m)),
    ),
  };
}

/**
 * The declaring state's defence contact sends the notification its declaration owes, generated from
 * the declaration and numbered in its register.
 * @throws cbm.not_found, cbm.not_defence_contact, cbm.nothing_to_notify
 */
export async function notifyDeclaration(
  deps: CbmDeps,
  r: CbmReader,
  id: string,
  opts: { demo?: boolean } = {},
) {
  const d = await loadDeclaration(deps, r, id);
  requireContact(r, d.state);
  const owed = d.obligations.find((o) => o.kind === 'notify' || o.kind === 'undecidable');
  if (!owed || d.notificationId) throw CbmErrors.nothingToNotify({ id });
  const set = (await repo.listRuleSets(deps.db)).find((s) => s.id === d.ruleSetId)!;
  const observers = d.obligations.some((o) => o.kind === 'invite_observers');
  const content = [
    `ACTIVITY: ${d.kind.replace('_', ' ')} from ${d.from} to ${d.to}`,
    `FORCES: ${d.troops} troops, ${d.equipment} major equipment items`,
    `AREA: ${d.borderDistanceKm} km from the border; GeoJSON ${JSON.stringify(d.area)}`,
    `OBSERVERS: ${observers ? 'invited' : 'not invited'}`,
  ].join('\n');
  const m = await deps.db.transaction().execute(async (trx) => {
    const sent = await sendMessage(
      trx,
      deps,
      r,
      set,
      {
        action: 'cbm.notification_sent',
        kind: 'notification',
        precedence: 'routine',
        fromState: d.state,
        toStates: d.concerned,
        subject: 'Prior notification of military activity',
        content,
        article: articleLine(set, ['borderZoneKm', 'troopsThreshold', 'equipmentThreshold', 'noticeDays']),
        refersTo: [],
        declarationId: d.id,
      },
      opts.demo,
    );
    if (!(await repo.setNotification(trx, d.id, sent.id))) throw CbmErrors.nothingToNotify({ id });
    return sent;
  });
  return (await toMessageDtos(deps, [m]))[0]!;
}

/**
 * A query (on the answer clock of the rule set in force, urgent or not) or a visit request.
 * @throws cbm.not_defence_contact, cbm.unknown_reference, cbm.no_rule_set
 */
export async function sendQuery(deps: CbmDeps, r: CbmReader, input: z.output<typeof SendMessageBody>) {
  requireContact(r, input.state);
  const refs = await references(deps, r, input.refersTo);
  const set = await ruleSetInForce(deps, r, deps.now().toISOString().slice(0, 10));
  const query = input.kind === 'query';
  const due = query ? answerDue(set.params, deps.now(), input.urgent) : null;
  const m = await deps.db.transaction().execute((trx) =>
    sendMessage(trx, deps, r, set, {
      action: query ? 'cbm.query_sent' : 'cbm.visit_request_sent',
      kind: input.kind,
      precedence: input.urgent ? 'urgent' : 'routine',
      fromState: input.state,
      toStates: [...new Set(input.to)].filter((s) => s !== input.state).sort(),
      subject: input.subject,
      content: input.text,
      article: articleLine(
        set,
        query ? [input.urgent ? 'urgentQueryAnswerDays' : 'queryAnswerDays'] : ['visitQuota'],
      ),
      refersTo: refs,
      answerDue: due?.toISOString() ?? null,
    }),
  );
  return (await toMessageDtos(deps, [m]))[0]!;
}

/**
 * A state the query went to answers it; the first answer stops its clock.
 * @throws cbm.not_found, cbm.not_defence_contact, cbm.not_addressee
 */
export async function answerQuery(
  deps: CbmDeps,
  r: CbmReader,
  id: string,
  input: z.output<typeof AnswerBody>,
) {
  const [q] = await repo.findMessages(deps.db, [id]);
  if (!q || q.kind !== 'query' || !seesMessage(r, q)) throw CbmErrors.notFound({ id });
  requireContact(r, input.state);
  if (!q.toStates.includes(input.state)) throw CbmErrors.notAddressee({ state: input.state });
  const set = (await repo.listRuleSets(deps.db)).find((s) => s.id === q.ruleSetId)!;
  const m = await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.markAnswered(trx, q.id, deps.now().toISOString())))
      throw CbmErrors.notAddressee({ state: input.state });
    return sendMessage(trx, deps, r, set, {
      action: 'cbm.answer_sent',
      kind: 'answer',
      precedence: q.precedence,
      fromState: input.state,
      toStates: [q.fromState],
      subject: `Answer to ${q.reference}`,
      content: input.text,
      article: q.article,
      refersTo: [q],
      answersId: q.id,
    });
  });
  return (await toMessageDtos(deps, [m]))[0]!;
}

/**
 * A state's yearly exchange of information, sent to every other party as a numbered message.
 * @throws cbm.not_defence_contact, cbm.no_rule_set
 */
export async function submitExchange(
  deps: CbmDeps,
  r: CbmReader,
  input: z.output<typeof ExchangeBody>,
  parties: readonly string[],
) {
  requireContact(r, input.state);
  const set = await ruleSetInForce(deps, r, deps.now().toISOString().slice(0, 10));
  const m = await deps.db.transaction().execute((trx) =>
    sendMessage(trx, deps, r, set, {
      action: 'cbm.exchange_sent',
      kind: 'exchange',
      precedence: 'routine',
      fromState: input.state,
      toStates: parties.filter((s) => s !== input.state),
      subject: `Yearly exchange of information for ${input.year}`,
      content: input.text,
      article: articleLine(set, ['exchangeDate']),
      refersTo: [],
      exchangeYear: input.year,
    }),
  );
  return (await toMessageDtos(deps, [m]))[0]!;
}
