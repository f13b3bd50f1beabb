import { languageInfo } from '../../../i18n/languages';

export interface Remaining {
  /** True once the deadline has been reached. */
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole days, hours and minutes from `now` until `deadline`, rounded down. */
export function remainingUntil(deadline: string | Date, now: number | Date): Remaining {
  const ms = new Date(deadline).getTime() - new Date(now).getTime();
  if (!(ms > 0)) return { passed: true, days: 0, hours: 0, minutes: 0 };
  return {
    passed: false,
    days: Math.floor(ms / DAY),
    hours: Math.floor((ms % DAY) / HOUR),
    minutes: Math.floor((ms % HOUR) / MINUTE),
  };
}

/**
 * The time left in the two largest units that matter, in the UI language: '2 days 3 hours',
 * '3 hours 21 minutes', '21 minutes' ('2 дня 3 часа', '2天3小时'). Units and plurals come from Intl, which
 * knows Russian's four plural forms. Under a minute it says '0 minutes' spelled by Intl; callers say
 * "less than a minute" themselves.
 */
export function formatRemaining(remaining: Remaining, language: string | undefined): string {
  const { intl } = languageInfo(language);
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(intl, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts =
    remaining.days > 0
      ? [unit(remaining.days, 'day'), remaining.hours > 0 ? unit(remaining.hours, 'hour') : null]
      : remaining.hours > 0
        ? [unit(remaining.hours, 'hour'), remaining.minutes > 0 ? unit(remaining.minutes, 'minute') : null]
        : [unit(remaining.minutes, 'minute')];
  return new Intl.ListFormat(intl, { type: 'unit', style: 'narrow' }).format(
    parts.filter((p): p is string => p !== null),
  );
}
