import { MODES, type Criterion, type Mode } from '../../../../contracts/transport';
import type { PlannerSearch } from '../api/transportApi';

/** The planner form's fields as a person fills them in. */
export interface PlannerDraft {
  from: string;
  to: string;
  criterion: Criterion;
  avoidCountries: string[];
  avoidModes: Mode[];
  avoidNodes: string[];
  includePlanned: boolean;
  cargoAmount: string;
  cargoUnit: 't' | 'teu';
  /** Tonnes in one TEU: without it the planner cannot weigh TEU for CO2. */
  tonnesPerTeu: string;
}

const isMode = (s: string): s is Mode => (MODES as readonly string[]).includes(s);

/** The form as the address bar describes it; anything the address does not say takes its default. */
export function draftFromSearch(s: PlannerSearch): PlannerDraft {
  const avoid = (s.avoid ?? '').split(',').filter(Boolean);
  const cargo = /^(.*?)(teu|t)?$/i.exec(s.cargo ?? '')!;
  return {
    from: s.from ?? '',
    to: s.to ?? '',
    criterion: s.criterion ?? 'time',
    avoidCountries: avoid.filter((a) => /^[A-Z]{2}$/.test(a)),
    avoidModes: avoid.filter(isMode),
    avoidNodes: avoid.filter((a) => !/^[A-Z]{2}$/.test(a) && !isMode(a)),
    includePlanned: s.include === 'planned',
    cargoAmount: cargo[1] ?? '',
    cargoUnit: cargo[2]?.toLowerCase() === 'teu' ? 'teu' : 't',
    tonnesPerTeu: s.tonnesPerTeu === undefined ? '' : String(s.tonnesPerTeu),
  };
}

/**
 * The query the planner is asked. The cargo goes as typed, so that a wrong amount is the server's
 * problem to name at its field rather than silently dropped here.
 */
export function searchFromDraft(d: PlannerDraft): PlannerSearch {
  const avoid = [...d.avoidCountries, ...d.avoidModes, ...d.avoidNodes].join(',');
  const amount = d.cargoAmount.trim();
  const search: PlannerSearch = { from: d.from, to: d.to, criterion: d.criterion };
  if (avoid) search.avoid = avoid;
  if (d.includePlanned) search.include = 'planned';
  if (amount) search.cargo = `${amount}${d.cargoUnit}`;
  const perTeu = d.tonnesPerTeu.trim();
  if (amount && d.cargoUnit === 'teu' && perTeu)
    search.tonnesPerTeu = Number.isFinite(Number(perTeu)) ? Number(perTeu) : perTeu;
  return search;
}
