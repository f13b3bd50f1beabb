import type { ChairmanshipDto } from '../../../../contracts/states';

/** The last day a partial date ('2026', '2026-09', '2026-09-01') can stand for. */
function endOf(partial: string): string {
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) return `${partial}-31`;
  return partial;
}

/**
 * The chairmanship in office on `today` (YYYY-MM-DD). A chairmanship runs from one summit to the next, so
 * when periods given only by year overlap ('2025-09/2026' and '2026/2027'), the earlier one is still in
 * office until it has ended: among those that have begun and not ended, the earliest wins. A partial
 * start reads as its first day ('2026' sorts before '2026-03'), a partial end as its last.
 */
export function currentChairmanship(items: ChairmanshipDto[], today: string): ChairmanshipDto | undefined {
  const byStart = [...items].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const inOffice = byStart.find((c) => c.from <= today && (c.to === null || endOf(c.to) >= today));
  return inOffice ?? byStart.filter((c) => c.from <= today).at(-1) ?? byStart.at(-1);
}
