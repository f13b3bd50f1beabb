import type { ActionKind, InstrumentKind, Topic } from '../../../../contracts/documents';
import type { InstrumentStatus } from '../api/documentsApi';

/*
 * The contracts' closed sets, as Records so that a value added to a contract fails to compile here
 * until it has a place (the enums themselves are Zod schemas, kept out of the browser bundle).
 */

const KIND_ORDER: Record<InstrumentKind, number> = {
  charter: 1,
  agreement: 2,
  protocol: 3,
  convention: 4,
  declaration: 5,
  strategy: 6,
  programme: 7,
  plan: 8,
  decision: 9,
  memorandum: 10,
  statement: 11,
};
const TOPIC_ORDER: Record<Topic, number> = {
  security: 1,
  economy: 2,
  transport: 3,
  energy: 4,
  culture: 5,
  environment: 6,
  information_security: 7,
  drugs: 8,
  institutional: 9,
  membership: 10,
  finance: 11,
  education: 12,
  health: 13,
  tourism: 14,
};
const STATUS_ORDER: Record<InstrumentStatus, number> = { in_force: 1, not_in_force: 2, terminated: 3 };
const ACTION_ORDER: Record<ActionKind, number> = {
  signature: 1,
  notification: 2,
  accession: 3,
  reservation: 4,
  withdrawal: 5,
};

function ordered<T extends string>(order: Record<T, number>): readonly T[] {
  return (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);
}

export const INSTRUMENT_KINDS = ordered(KIND_ORDER);
export const TOPICS = ordered(TOPIC_ORDER);
export const INSTRUMENT_STATUSES = ordered(STATUS_ORDER);
export const ACTION_KINDS = ordered(ACTION_ORDER);

/** The languages a text is usually uploaded in: the SCO's two official languages, then English. */
export const TEXT_LANGUAGES = ['ru', 'zh', 'en'] as const;

/** What the file picker offers for a text; the server checks the content whatever the name says. */
export const OFFICE_FILES = '.pdf,.docx,.odt';

export function isInstrumentKind(value: unknown): value is InstrumentKind {
  return typeof value === 'string' && Object.hasOwn(KIND_ORDER, value);
}

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && Object.hasOwn(TOPIC_ORDER, value);
}

export function isInstrumentStatus(value: unknown): value is InstrumentStatus {
  return typeof value === 'string' && Object.hasOwn(STATUS_ORDER, value);
}

export function isActionKind(value: unknown): value is ActionKind {
  return typeof value === 'string' && Object.hasOwn(ACTION_ORDER, value);
}
