import type { Localized } from '../../../../contracts/common';
import type { InstrumentKind, Topic } from '../../../../contracts/documents';
import type { NewInstrument } from '../api/documentsApi';

/** An instrument chosen in the form, with its title to show until the form is sent. */
export interface PickedInstrument {
  id: string;
  title: Localized;
}

export type RelationKind = NonNullable<NewInstrument['related']>[number]['kind'];
export type Classification = NonNullable<NewInstrument['classification']>;
/** 'none' when the rule is not known: the instrument is registered without one. */
export type RuleChoice = 'none' | 'on_signature' | 'after_notifications';

export interface RelatedDraft {
  kind: RelationKind;
  instrument: PickedInstrument;
}

/** The entry-into-force rule as the form holds it; numbers as typed. */
export interface RuleDraft {
  rule: RuleChoice;
  /** Every signatory, or the notification whose number is `count`. */
  all: boolean;
  count: string;
  days: string;
  requires: PickedInstrument[];
}

export interface InstrumentDraft {
  kind: InstrumentKind;
  title: Localized;
  summary: Localized;
  /** The adopting body's code; '' for none. */
  body: string;
  adoptedAt: string;
  signedAt: string;
  /** The place of signature in the three languages (ADR 0079); all empty for none. */
  signedPlace: Localized;
  /** 'secretariat' or a state's code. */
  depositary: string;
  entryIntoForce: RuleDraft;
  withdrawalNoticeDays: string;
  classification: Classification;
  restrictedUntil: string;
  topics: Topic[];
  related: RelatedDraft[];
  sourceUrl: string;
  sourceNote: string;
}

export const EMPTY_LOCALIZED: Localized = { en: '', ru: '', zh: '' };

export const RULE_CHOICES: readonly RuleChoice[] = ['none', 'on_signature', 'after_notifications'];
/* The contract's relation kinds; a kind added to it fails to compile here until it has a place. */
const RELATION_ORDER: Record<RelationKind, number> = { amends: 1, implements: 2, replaces: 3 };
export const RELATION_KINDS = (Object.keys(RELATION_ORDER) as RelationKind[]).sort(
  (a, b) => RELATION_ORDER[a] - RELATION_ORDER[b],
);

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && Object.hasOwn(RELATION_ORDER, value);
}

export function emptyInstrumentDraft(): InstrumentDraft {
  return {
    kind: 'agreement',
    title: EMPTY_LOCALIZED,
    summary: EMPTY_LOCALIZED,
    body: '',
    adoptedAt: '',
    signedAt: '',
    signedPlace: EMPTY_LOCALIZED,
    depositary: 'secretariat',
    entryIntoForce: { rule: 'none', all: true, count: '', days: '', requires: [] },
    withdrawalNoticeDays: '',
    classification: 'public',
    restrictedUntil: '',
    topics: [],
    related: [],
    sourceUrl: '',
    sourceNote: '',
  };
}

/**
 * A whole number as typed. Left empty it is sent as null, so that the server names the field that
 * needs it rather than the form guessing a value.
 */
function whole(typed: string): number {
  return typed.trim() === '' ? Number.NaN : Number(typed.trim());
}

function ruleBody(rule: RuleDraft): NewInstrument['entryIntoForce'] {
  switch (rule.rule) {
    case 'none':
      return null;
    case 'on_signature':
      return { rule: 'on_signature' };
    case 'after_notifications':
      return {
        rule: 'after_notifications',
        count: rule.all ? 'all' : whole(rule.count),
        days: whole(rule.days),
        ...(rule.requires.length > 0 ? { requires: rule.requires.map((r) => r.id) } : {}),
      };
  }
}

/**
 * What the form holds, as the API wants it: text trimmed, optional parts left empty left out (so the
 * server's defaults apply), the restriction date only for a restricted instrument. What is wrong is for
 * the server to say, field by field.
 */
export function toCreateBody(draft: InstrumentDraft): NewInstrument {
  const trim = (value: Localized): Localized => ({
    en: value.en.trim(),
    ru: value.ru.trim(),
    zh: value.zh.trim(),
  });
  const summary = trim(draft.summary);
  const place = trim(draft.signedPlace);
  const url = draft.sourceUrl.trim();
  const note = draft.sourceNote.trim();
  return {
    kind: draft.kind,
    title: trim(draft.title),
    ...(summary.en || summary.ru || summary.zh ? { summary } : {}),
    ...(draft.body ? { adoptedBy: { body: draft.body } } : {}),
    ...(draft.adoptedAt ? { adoptedAt: draft.adoptedAt } : {}),
    ...(draft.signedAt ? { signedAt: draft.signedAt } : {}),
    // A Russian or Chinese place without the English one goes as it is, for the API to say what is missing.
    ...(place.en || place.ru || place.zh ? { signedPlace: place } : {}),
    depositary: draft.depositary,
    entryIntoForce: ruleBody(draft.entryIntoForce),
    ...(draft.withdrawalNoticeDays.trim() ? { withdrawalNoticeDays: whole(draft.withdrawalNoticeDays) } : {}),
    classification: draft.classification,
    ...(draft.classification === 'restricted' && draft.restrictedUntil
      ? { restrictedUntil: draft.restrictedUntil }
      : {}),
    topics: draft.topics,
    related: draft.related.map((r) => ({ kind: r.kind, instrumentId: r.instrument.id })),
    // A note alone is sent too: the server then says that the address is missing.
    ...(url || note ? { source: { url, ...(note ? { note } : {}) } } : {}),
  };
}
