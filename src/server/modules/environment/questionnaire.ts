import type { TechnologyFields } from '../../../contracts/environment';

/**
 * An edition of the technologies questionnaire, after QCAT's editions: it migrates the stored answers of
 * every version of every entry and says, in its release note, what changed. Editions are code, applied
 * once at start-up in order; the table `environment_edition` records which ran and what they touched.
 */
export interface Edition {
  edition: number;
  changes: string[];
  /** The answers of one stored version, as the previous edition held them, in this edition's shape. */
  migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

export const EDITIONS: readonly Edition[] = [
  {
    edition: 1,
    changes: [
      'First edition: what it does, climate, land use, water source, water saved per unit of output, ' +
        'costs in local currency and US dollars at a dated rate, maturity, evidence, references, places.',
    ],
    migrate: (data) => data,
  },
];

/** Each answer that carries a value but no source, as JSON pointers into the answers. */
export function unsourcedPointers(fields: TechnologyFields): string[] {
  const out: string[] = [];
  const check = (pointer: string, v: { source: string | null } | null) => {
    if (v && v.source === null) out.push(pointer);
  };
  check('/name', fields.name);
  check('/summary', fields.summary);
  check('/landUses', fields.landUses);
  check('/waterSources', fields.waterSources);
  check('/waterSaved', fields.waterSaved);
  check('/buildCost', fields.buildCost);
  check('/runCost', fields.runCost);
  if (fields.buildCost && fields.buildCost.value.rateSource === null) out.push('/buildCost/value/rateSource');
  if (fields.runCost && fields.runCost.value.rateSource === null) out.push('/runCost/value/rateSource');
  check('/maturity', fields.maturity);
  fields.evidence.forEach((e, i) => check(`/evidence/${i}`, e));
  return out;
}

// ISO 4217 currencies without minor units among those the member and partner states use; two otherwise.
const ZERO_DECIMALS = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'PYG', 'UGX', 'XAF', 'XOF']);
const THREE_DECIMALS = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'IQD', 'LYD', 'TND']);

export function minorDigits(currency: string) {
  return ZERO_DECIMALS.has(currency) ? 0 : THREE_DECIMALS.has(currency) ? 3 : 2;
}

/** US cents for a local amount at a rate of local units per dollar, rounded half away from zero. */
export function usdMinor(amountMinor: number, currency: string, unitsPerUsd: number) {
  const units = amountMinor / 10 ** minorDigits(currency);
  return Math.round((units / unitsPerUsd) * 100);
}
