import type { RegimeFields, StatusKind } from '../../../contracts/regimes';

/**
 * The status rules (ADR 0117). A regime is in force on day D when it entered into force on or before D
 * and neither was withdrawn on or before D nor passed its last day of validity before D: in force ON
 * the day of entry into force, no longer ON the day of withdrawal. `endsOn` is that first day out.
 */
export interface StatusDates {
  initiatedOn: string | null;
  inForceFrom: string | null;
  withdrawnOn: string | null;
  endsOn: string | null;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const ORDER: StatusKind[] = ['initiated', 'in_force', 'withdrawn'];

/** Why the history cannot be, or null: each status at most once, their dates in the order of ORDER. */
export function historyProblem(history: RegimeFields['history']): string | null {
  const seen = new Map<StatusKind, string>();
  for (const e of history) {
    if (seen.has(e.status)) return `${e.status} twice`;
    seen.set(e.status, e.on);
  }
  let last: string | null = null;
  for (const s of ORDER) {
    const on = seen.get(s);
    if (on === undefined) continue;
    if (last !== null && on < last) return `${s} before an earlier status`;
    last = on;
  }
  return null;
}

export function statusDates(f: Pick<RegimeFields, 'history' | 'validity'>): StatusDates {
  const on = (s: StatusKind) => f.history.find((e) => e.status === s)?.on ?? null;
  const inForceFrom = on('in_force');
  const withdrawnOn = on('withdrawn');
  const sunset = f.validity.value.until ? addDays(f.validity.value.until, 1) : null;
  const ends = [withdrawnOn, sunset].filter((d): d is string => d !== null).sort();
  return { initiatedOn: on('initiated'), inForceFrom, withdrawnOn, endsOn: ends[0] ?? null };
}

/** The stock rule on one regime, as plain code: the property test holds the SQL query to it. */
export function inForceOn(d: Pick<StatusDates, 'inForceFrom' | 'endsOn'>, day: string): boolean {
  return d.inForceFrom !== null && d.inForceFrom <= day && (d.endsOn === null || day < d.endsOn);
}

const SOURCED = ['legalBasis', 'area', 'benefits', 'eligibility', 'validity', 'visa'] as const;

/** The values given without a source (an empty value needs none), and status events without one. */
export function unsourcedFields(f: RegimeFields): string[] {
  const out: string[] = SOURCED.filter((k) => {
    const v = f[k];
    const empty =
      v.value === null ||
      (k === 'validity' && f.validity.value.from === null && f.validity.value.until === null);
    return !empty && v.source === null;
  });
  for (const e of f.history) if (!e.source) out.push(`history.${e.status}`);
  return out;
}
