import type { DesignationDto } from '../../../../contracts/culture';

/** A designation's years (2023–2024) or the day it was designated. */
export function periodOf(d: Pick<DesignationDto, 'period' | 'designatedOn'>) {
  if (d.period)
    return d.period.from === d.period.to ? String(d.period.from) : `${d.period.from}–${d.period.to}`;
  return d.designatedOn ?? '';
}
