import {
  RegimeBody,
  type RegimeDto,
  type RowError,
  type Source,
  type StatusKind,
} from '../../../contracts/regimes';
import { fromCsvCell, type CsvCell } from '../../core/http/csv';
import { regimeProblems } from './regimes.service';

/**
 * The regimes CSV format (ADR 0119): one row per regime, each sourced value followed by its source's
 * address and the day it was read; both empty mean unsourced. The export writes this, the import reads it.
 */
const SOURCED = {
  legalBasis: 'legal',
  area: 'area',
  benefits: 'benefits',
  eligibility: 'eligibility',
  validity: 'validity',
  visa: 'visa',
} as const;
const src = (p: string) => [`${p}_source`, `${p}_read_on`];
const STATUS_COLUMN: Record<StatusKind, string> = {
  initiated: 'initiated',
  in_force: 'in_force',
  withdrawn: 'withdrawn',
};

export const COLUMNS = [
  'code',
  'state',
  'type',
  'name_en',
  'name_ru',
  'name_zh',
  'legal_act',
  'legal_number',
  'legal_date',
  ...src('legal'),
  'area_geojson',
  ...src('area'),
  'benefits',
  ...src('benefits'),
  'eligibility',
  ...src('eligibility'),
  'valid_from',
  'valid_until',
  ...src('validity'),
  'visa_nationals_of',
  'visa_requirement',
  'visa_stay_days',
  ...src('visa'),
  ...Object.values(STATUS_COLUMN).flatMap((s) => [`${s}_on`, ...src(s)]),
];

const srcCells = (s: Source | null): CsvCell[] => [s?.url, s?.readOn];

export function toCsvRow(r: RegimeDto): CsvCell[] {
  const ev = (k: StatusKind) => r.history.find((e) => e.status === k);
  const l = r.legalBasis.value;
  const v = r.visa.value;
  return [
    r.code,
    r.state,
    r.type,
    r.name.en,
    r.name.ru,
    r.name.zh,
    l?.act,
    l?.number,
    l?.date,
    ...srcCells(r.legalBasis.source),
    r.area.value ? JSON.stringify(r.area.value) : null,
    ...srcCells(r.area.source),
    r.benefits.value,
    ...srcCells(r.benefits.source),
    r.eligibility.value,
    ...srcCells(r.eligibility.source),
    r.validity.value.from,
    r.validity.value.until,
    ...srcCells(r.validity.source),
    v?.nationalsOf,
    v?.requirement,
    v?.stayDays,
    ...srcCells(r.visa.source),
    ...(Object.keys(STATUS_COLUMN) as StatusKind[]).flatMap((k) => [
      ev(k)?.on,
      ...srcCells(ev(k)?.source ?? null),
    ]),
  ];
}

/** The header's problems: the columns missing and the ones not of the format. */
export function headerProblems(header: string[]): { missing: string[]; unknown: string[] } | null {
  const missing = COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !COLUMNS.includes(c));
  return missing.length || unknown.length ? { missing, unknown } : null;
}

export type ParsedRow =
  { row: number; body: RegimeBody; errors: [] } | { row: number; body: null; errors: RowError[] };

/** One data row read into a regime, or its errors, each naming the row and the column. */
export function readRow(row: number, header: string[], cells: string[]): ParsedRow {
  const c: Record<string, string> = {};
  header.forEach((h, i) => (c[h] = fromCsvCell((cells[i] ?? '').trim())));
  const errors: RowError[] = [];
  const fail = (column: string, message: string) => errors.push({ row, column, message });
  const opt = (k: string) => (c[k] === '' ? null : c[k]!);
  const source = (p: string): Source | null =>
    c[`${p}_source`] === '' && c[`${p}_read_on`] === ''
      ? null
      : { url: c[`${p}_source`]!, readOn: c[`${p}_read_on`]! };
  let area: unknown = null;
  if (c.area_geojson)
    try {
      area = JSON.parse(c.area_geojson);
    } catch {
      fail('area_geojson', 'not JSON');
    }
  let stay: number | null = null;
  if (c.visa_stay_days) {
    stay = Number(c.visa_stay_days);
    if (!/^\d+$/.test(c.visa_stay_days)) fail('visa_stay_days', 'not a whole number of days');
  }
  const statuses = (Object.keys(STATUS_COLUMN) as StatusKind[]).filter((k) => c[`${STATUS_COLUMN[k]}_on`]);
  const raw = {
    code: c.code,
    state: c.state,
    type: c.type,
    name: { en: c.name_en, ru: c.name_ru, zh: c.name_zh },
    legalBasis: {
      value:
        c.legal_act || c.legal_number || c.legal_date
          ? { act: c.legal_act, number: opt('legal_number'), date: opt('legal_date') }
          : null,
      source: source('legal'),
    },
    area: { value: area, source: source('area') },
    benefits: { value: opt('benefits'), source: source('benefits') },
    eligibility: { value: opt('eligibility'), source: source('eligibility') },
    validity: { value: { from: opt('valid_from'), until: opt('valid_until') }, source: source('validity') },
    visa: {
      value:
        c.visa_nationals_of || c.visa_requirement || c.visa_stay_days
          ? { nationalsOf: c.visa_nationals_of, requirement: c.visa_requirement, stayDays: stay }
          : null,
      source: source('visa'),
    },
    history: statuses.map((k) => ({
      status: k,
      on: c[`${STATUS_COLUMN[k]}_on`],
      source: source(STATUS_COLUMN[k]),
    })),
  };
  if (errors.length) return { row, body: null, errors };
  const parsed = RegimeBody.safeParse(raw);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = columnOf(issue.path, statuses);
      if (seen.has(column)) continue;
      seen.add(column);
      fail(column, issue.path.length === 1 && issue.path[0] === 'history' ? 'no status date' : issue.message);
    }
    return { row, body: null, errors };
  }
  for (const p of regimeProblems(parsed.data))
    fail(
      p.field === 'state' ? 'state' : p.field === 'visa' ? 'visa_requirement' : 'in_force_on',
      String(p.error.params.reason ?? p.error.params.country ?? p.error.code),
    );
  return errors.length ? { row, body: null, errors } : { row, body: parsed.data, errors: [] };
}

const VALUE_COLUMN: Record<string, string> = {
  act: 'legal_act',
  number: 'legal_number',
  date: 'legal_date',
  from: 'valid_from',
  until: 'valid_until',
  nationalsOf: 'visa_nationals_of',
  requirement: 'visa_requirement',
  stayDays: 'visa_stay_days',
};

/** The column a schema issue is about. */
function columnOf(path: PropertyKey[], statuses: StatusKind[]): string {
  const [top, a, b] = path.map(String);
  if (top === 'name') return `name_${a}`;
  if (top === 'history') {
    if (a === undefined) return 'in_force_on';
    const s = STATUS_COLUMN[statuses[Number(a)]!];
    return b === 'source' ? `${s}_${path[3] === 'readOn' ? 'read_on' : 'source'}` : `${s}_on`;
  }
  const prefix = SOURCED[top as keyof typeof SOURCED];
  if (!prefix) return top ?? 'code';
  if (a === 'source') return path[2] === 'readOn' ? `${prefix}_read_on` : `${prefix}_source`;
  if (top === 'area') return 'area_geojson';
  if (top === 'benefits' || top === 'eligibility') return top;
  return (
    (b && VALUE_COLUMN[b]) ??
    ({ legalBasis: 'legal_act', validity: 'valid_from' } as Record<string, string>)[top!] ??
    'visa_requirement'
  );
}
