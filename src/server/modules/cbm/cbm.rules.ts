import type { ActivityKind, ObligationDto, ParamName, RuleSetParams } from '../../../contracts/cbm';
import { UNCONFIRMED } from '../../../contracts/cbm';
import type { Explanation } from '../../../contracts/documents';
import { addDays, humanDate as human } from '../documents';

/**
 * The obligations a declared activity creates under one rule set: a pure function, like the documents
 * module's entry-into-force rules, so that the same inputs always explain the same result (ADR 0069).
 * An activity is notifiable when its kind is listed, it lies within the border zone, and its troops or
 * its equipment reach their threshold. A parameter still "to be confirmed from the agreement text"
 * that could change the answer gives "cannot be decided", never a silent "not notifiable".
 */
export interface ActivityInput {
  kind: ActivityKind;
  from: string;
  troops: number;
  equipment: number;
  borderDistanceKm: number;
}

/** English names of the parameters, for the sentence; the web translates `missing` itself. */
export const PARAM_WORDS: Record<ParamName, string> = {
  notifiableKinds: 'the kinds of activity to notify',
  borderZoneKm: 'the width of the border zone',
  troopsThreshold: 'the troop threshold',
  equipmentThreshold: 'the equipment threshold',
  noticeDays: 'the days of notice',
  observersInvited: 'whether observers are invited',
  observerTroopsThreshold: 'the observation threshold',
  queryAnswerDays: 'the answer period',
  urgentQueryAnswerDays: 'the urgent answer period',
  exchangeDate: 'the date of the yearly exchange',
  visitQuota: 'the visit quota',
};

type Obligation = ObligationDto;
const say = (key: string, params: Explanation['params'], text: string): Explanation => ({
  key,
  params,
  text,
});

function articleOf(p: RuleSetParams, ...names: ParamName[]): string | null {
  const found = names.map((n) => p[n].article).filter((a): a is string => !!a);
  return found.length ? [...new Set(found)].join('; ') : null;
}

function undecidable(p: RuleSetParams, missing: ParamName[], context: string): Obligation {
  return {
    kind: 'undecidable',
    due: null,
    late: false,
    article: articleOf(p, ...missing),
    explanation: say(
      'cbm.explain.undecidable',
      { missing: missing.join(','), context },
      `Cannot be decided: ${context} ${missing.map((m) => PARAM_WORDS[m]).join(', ')} ${missing.length > 1 ? 'are' : 'is'} ${UNCONFIRMED}.`,
    ),
  };
}

export function computeObligations(p: RuleSetParams, a: ActivityInput, declaredOn: string): Obligation[] {
  const zone = p.borderZoneKm.value;
  if (zone === null) return [undecidable(p, ['borderZoneKm'], 'the activity is')];
  if (a.borderDistanceKm > zone)
    return [
      {
        kind: 'not_notifiable',
        due: null,
        late: false,
        article: articleOf(p, 'borderZoneKm'),
        explanation: say(
          'cbm.explain.outside_zone',
          { distance: a.borderDistanceKm, zone },
          `Not notifiable: the area lies ${a.borderDistanceKm} km from the border, beyond the ${zone} km zone.`,
        ),
      },
    ];
  const kinds = p.notifiableKinds.value;
  if (kinds !== null && !kinds.includes(a.kind))
    return [
      {
        kind: 'not_notifiable',
        due: null,
        late: false,
        article: articleOf(p, 'notifiableKinds'),
        explanation: say(
          'cbm.explain.kind_not_listed',
          { kind: a.kind },
          `Not notifiable: this kind of activity (${a.kind}) is not among those the rule set lists.`,
        ),
      },
    ];
  const t = p.troopsThreshold.value;
  const e = p.equipmentThreshold.value;
  const reached = (t !== null && a.troops >= t) || (e !== null && a.equipment >= e);
  const unknown: ParamName[] = [
    ...(kinds === null ? (['notifiableKinds'] as const) : []),
    ...(!reached && t === null ? (['troopsThreshold'] as const) : []),
    ...(!reached && e === null ? (['equipmentThreshold'] as const) : []),
  ];
  if (unknown.length) return [undecidable(p, unknown, `within the ${zone} km zone, but`)];
  if (!reached)
    return [
      {
        kind: 'not_notifiable',
        due: null,
        late: false,
        article: articleOf(p, 'troopsThreshold', 'equipmentThreshold'),
        explanation: say(
          'cbm.explain.below_threshold',
          { troops: a.troops, troopsThreshold: t, equipment: a.equipment, equipmentThreshold: e },
          `Not notifiable: ${a.troops} troops and ${a.equipment} equipment items stay below the thresholds of ${t} troops and ${e} items.`,
        ),
      },
    ];
  return [notify(p, a, declaredOn, zone), ...observers(p, a)];
}

function notify(p: RuleSetParams, a: ActivityInput, declaredOn: string, zone: number): Obligation {
  const days = p.noticeDays.value;
  const article = articleOf(p, 'borderZoneKm', 'troopsThreshold', 'equipmentThreshold', 'noticeDays');
  if (days === null)
    return {
      kind: 'notify',
      due: null,
      late: false,
      article,
      explanation: say(
        'cbm.explain.notify_no_notice',
        { zone },
        `Must be notified: a major activity within the ${zone} km zone; by when is not decided, the days of notice are ${UNCONFIRMED}.`,
      ),
    };
  const due = addDays(a.from, -days);
  const late = declaredOn > due;
  return {
    kind: 'notify',
    due,
    late,
    article,
    explanation: say(
      late ? 'cbm.explain.notify_late' : 'cbm.explain.notify',
      { zone, days, due, from: a.from },
      `Must be notified by ${human(due)}: a major activity within the ${zone} km zone, ${days} days before it starts on ${human(a.from)}${late ? '; that day has passed' : ''}.`,
    ),
  };
}

function observers(p: RuleSetParams, a: ActivityInput): Obligation[] {
  if (p.observersInvited.value === false) return [];
  const at = p.observerTroopsThreshold.value;
  const unknown: ParamName[] = [
    ...(p.observersInvited.value === null ? (['observersInvited'] as const) : []),
    ...(at === null ? (['observerTroopsThreshold'] as const) : []),
  ];
  if (unknown.length) return [undecidable(p, unknown, 'whether observers are invited:')];
  if (a.troops < at!) return [];
  const due = p.noticeDays.value === null ? null : addDays(a.from, -p.noticeDays.value);
  return [
    {
      kind: 'invite_observers',
      due,
      late: false,
      article: articleOf(p, 'observersInvited', 'observerTroopsThreshold'),
      explanation: say(
        'cbm.explain.invite_observers',
        { troops: a.troops, threshold: at },
        `Observers must be invited: ${a.troops} troops reach the observation threshold of ${at}.`,
      ),
    },
  ];
}

/** When a query's answer is due: its clock (normal or urgent) from the moment it was sent. */
export function answerDue(p: RuleSetParams, sentAt: Date, urgent: boolean): Date | null {
  const days = (urgent ? p.urgentQueryAnswerDays : p.queryAnswerDays).value;
  return days === null ? null : new Date(sentAt.getTime() + days * 86_400_000);
}

/** The rule set in force on a day: the latest effective before it, the newest version of that. */
export function inForceOn<R extends { effectiveFrom: string | null; version: number }>(
  sets: readonly R[],
  day: string,
): R | undefined {
  return sets
    .filter((s) => s.effectiveFrom !== null && s.effectiveFrom <= day)
    .sort((x, y) =>
      x.effectiveFrom! < y.effectiveFrom!
        ? 1
        : x.effectiveFrom! > y.effectiveFrom!
          ? -1
          : y.version - x.version,
    )[0];
}
