import type { ActionKind, EntryIntoForceRule, Explanation } from '../../../contracts/documents';

/**
 * Entry into force, computed from the rule stored on the instrument and the actions recorded by states;
 * never typed in. "The Dth day after date X" is X + D days. "all" means every signatory. `requires`:
 * never before those instruments are in force (the later of the dates). A state that notifies after the
 * instrument is in force, or accedes, is bound D days after its own notification.
 */
export interface EifAction {
  state: string;
  kind: ActionKind;
  date: string;
}

export interface EifInput {
  rule: EntryIntoForceRule | null;
  /** Date of the collective signature (decisions and declarations signed by the HSC at once). */
  signedAt: string | null;
  actions: readonly EifAction[];
  /** Entry-into-force dates of the instruments named in `requires`, null when not in force. */
  required: readonly { id: string; entryIntoForce: string | null }[];
  withdrawalNoticeDays: number | null;
  /** The day "now" is, for the status. */
  asOf: string;
}

export interface StateStatus {
  state: string;
  signed: string | null;
  notified: string | null;
  acceded: string | null;
  withdrawn: string | null;
  reservations: string[];
  inForceFrom: string | null;
}

export interface EifResult {
  entryIntoForce: string | null;
  status: 'not_in_force' | 'in_force' | 'terminated';
  states: StateStatus[];
  explanation: Explanation;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export function human(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const max = (dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));
const earliest = (dates: string[]) => (dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null);

function firstBy(actions: readonly EifAction[], kind: ActionKind): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actions) {
    if (a.kind !== kind) continue;
    const prev = out.get(a.state);
    if (!prev || a.date < prev) out.set(a.state, a.date);
  }
  return out;
}

function explain(key: string, params: Explanation['params'], text: string): Explanation {
  return { key, params, text };
}

export function computeEntryIntoForce(input: EifInput): EifResult {
  const signatures = firstBy(input.actions, 'signature');
  const notifications = firstBy(input.actions, 'notification');
  const accessions = firstBy(input.actions, 'accession');
  const withdrawals = firstBy(input.actions, 'withdrawal');
  const reservations = new Map<string, string[]>();
  for (const a of input.actions)
    if (a.kind === 'reservation') reservations.set(a.state, [...(reservations.get(a.state) ?? []), a.date]);
  const signatories = [...signatures.keys()].sort();

  let entryIntoForce: string | null = null;
  let explanation: Explanation;
  let bindsFrom: (state: string) => string | null = () => null;
  const rule = input.rule;

  const missingRequired = input.required.filter((r) => r.entryIntoForce === null);
  const requiredDates = input.required.map((r) => r.entryIntoForce).filter((d): d is string => d !== null);

  if (!rule) {
    explanation = explain('eif.no_rule', {}, 'No entry-into-force rule is recorded for this instrument.');
  } else if (rule.rule === 'known_date') {
    // The ratifications are not held, so no state's binding date is derived from the sourced date.
    entryIntoForce = rule.date;
    explanation = explain(
      'eif.known_date',
      { date: rule.date, source: rule.source },
      `${rule.date <= input.asOf ? 'In force since' : 'Enters into force on'} ${human(rule.date)}, as stated by the source (${rule.source}); not computed from ratifications.`,
    );
  } else if (rule.rule === 'on_signature') {
    const base = earliest([...signatures.values(), ...(input.signedAt ? [input.signedAt] : [])]);
    if (!base) {
      explanation = explain(
        'eif.not_signed',
        {},
        'Not in force: it enters into force on signature and has not been signed.',
      );
    } else if (missingRequired.length) {
      explanation = explain(
        'eif.waiting_required',
        { count: missingRequired.length },
        `Not in force: ${missingRequired.length} required instrument(s) not yet in force.`,
      );
    } else {
      entryIntoForce = requiredDates.length ? max([base, ...requiredDates]) : base;
      explanation =
        entryIntoForce === base
          ? explain(
              'eif.on_signature',
              { date: entryIntoForce },
              `In force since ${human(entryIntoForce)}: on signature.`,
            )
          : explain(
              'eif.after_required',
              { date: entryIntoForce, base },
              `In force since ${human(entryIntoForce)}: when the instruments it requires entered into force, later than its signature on ${human(base)}.`,
            );
      bindsFrom = (s) => {
        const own = signatures.get(s) ?? accessions.get(s);
        return own ? max([own, entryIntoForce!]) : null;
      };
    }
  } else {
    const needed = rule.count === 'all' ? signatories.length : rule.count;
    const dates = signatories
      .map((s) => notifications.get(s))
      .filter((d): d is string => d !== undefined)
      .sort();
    if (signatories.length === 0 && input.signedAt) {
      // Signed on a known date, but the record holds no state's signature: saying "no state has signed"
      // would contradict the date, and notifications cannot be counted against unknown signatories.
      explanation = explain(
        'eif.signatures_not_recorded',
        { signedAt: input.signedAt },
        `Not in force as far as recorded: signed on ${human(input.signedAt)}; the signatures by state are not yet recorded.`,
      );
    } else if (needed === 0) {
      explanation = explain('eif.no_signatories', {}, 'Not in force: no state has signed it yet.');
    } else if (dates.length < needed) {
      explanation = explain(
        'eif.waiting_notifications',
        { received: dates.length, needed },
        `Not in force: ${dates.length} of ${needed} notifications received.`,
      );
    } else {
      const x = dates[needed - 1]!;
      const base = addDays(x, rule.days);
      const which = rule.count === 'all' ? 'last' : 'nth';
      if (missingRequired.length) {
        explanation = explain(
          'eif.waiting_required',
          { count: missingRequired.length },
          `Not in force: ${missingRequired.length} required instrument(s) not yet in force.`,
        );
      } else {
        entryIntoForce = requiredDates.length ? max([base, ...requiredDates]) : base;
        const params = { date: entryIntoForce, days: rule.days, count: needed, received: x, base };
        const ordinal =
          which === 'last' ? `the last of ${needed} notifications` : `notification No. ${needed}`;
        explanation =
          entryIntoForce === base
            ? explain(
                which === 'last' ? 'eif.after_last_notification' : 'eif.after_nth_notification',
                params,
                `${entryIntoForce <= input.asOf ? 'In force since' : 'Enters into force on'} ${human(entryIntoForce)}: ${rule.days} days after ${ordinal}, received ${human(x)}.`,
              )
            : explain(
                'eif.after_required',
                params,
                `${entryIntoForce <= input.asOf ? 'In force since' : 'Enters into force on'} ${human(entryIntoForce)}: when the instruments it requires entered into force, later than ${rule.days} days after ${ordinal} (${human(base)}).`,
              );
        bindsFrom = (s) => {
          const own = notifications.get(s) ?? accessions.get(s);
          if (!own) return null;
          if (!signatures.has(s) && !accessions.has(s)) return null;
          return max([entryIntoForce!, addDays(own, rule.days)]);
        };
      }
    }
  }

  const involved = new Set([
    ...signatures.keys(),
    ...notifications.keys(),
    ...accessions.keys(),
    ...withdrawals.keys(),
    ...reservations.keys(),
  ]);
  const states: StateStatus[] = [...involved].sort().map((s) => {
    const w = withdrawals.get(s);
    return {
      state: s,
      signed: signatures.get(s) ?? null,
      notified: notifications.get(s) ?? null,
      acceded: accessions.get(s) ?? null,
      withdrawn: w ? addDays(w, input.withdrawalNoticeDays ?? 0) : null,
      reservations: [...(reservations.get(s) ?? [])].sort(),
      inForceFrom: bindsFrom(s),
    };
  });

  let status: EifResult['status'] =
    entryIntoForce && entryIntoForce <= input.asOf ? 'in_force' : 'not_in_force';
  const bound = states.filter((s) => s.inForceFrom);
  if (
    status === 'in_force' &&
    bound.length > 0 &&
    bound.every((s) => s.withdrawn && s.withdrawn <= input.asOf)
  ) {
    status = 'terminated';
    const last = max(bound.map((s) => s.withdrawn!));
    explanation = explain(
      'eif.terminated',
      { date: last },
      `Terminated on ${human(last)}: every party has withdrawn.`,
    );
  }
  return { entryIntoForce, status, states, explanation };
}
