import type {
  EmissionFactorDto,
  LinkDto,
  Mode,
  ModeAssumption,
  NodeDto,
  NodeType,
  SourcedRange,
} from '../../../contracts/transport';
import ref from './reference/transport-network.json';

/**
 * The module's reference data, built from reference/transport-network.json (a copy of
 * shared/reference, research helper, 2026-12). Every figure keeps the source the file gives; `null`
 * stays null (unknown). The few values read out of a link's free-text note (a planned year, ferry
 * departures) name that note as their source. Values no source gives but the planner needs for an
 * estimate are marked as the platform's assumption.
 */
type RefNode = (typeof ref.nodes)[number];
type RefLink = (typeof ref.links)[number] & { via?: string; note?: string };

export const REFERENCE_AS_OF = '2026-12-01';
export const REFERENCE_NOTES: string[] = ref._meta.notes;

const ASSUMPTION = 'platform assumption (no source in the reference data)';

export function linkId(from: string, to: string, via: string | null | undefined): string {
  const base = `${from}__${to}`;
  return via ? `${base}__${via.toLowerCase().replace(/[^a-z0-9]+/g, '_')}` : base;
}

/** What the reference notes say in words, turned into figures, with the note as their source. */
const FROM_NOTES: Record<string, Partial<LinkDto>> = {
  // "via Dostyk, Kazakhstan, Russia, Belarus"
  urumqi__brest: { passesCountries: ['KZ', 'RU'] },
  // "via KZ-RU-BY"
  dostyk__brest: { passesCountries: ['RU'] },
  // "via Kazakhstan" (the other countries on the way are not named)
  moscow__sarakhs: { passesCountries: ['KZ'] },
  rasht__astara: { plannedYear: 2028 },
  aktau__baku_alat: {
    // "from ~2/week to every 7-10 days": one sailing in 10 days is 0.7 a week.
    frequencyPerWeek: {
      min: 0.7,
      max: 2,
      source:
        'reference note: sailings unscheduled, ~2/week to every 7-10 days (traveller reports 2015-2019)',
    },
  },
  turkmenbashi__baku_alat: {
    // ~70 round voyages in Jan-May 2023 (151 days, 21.6 weeks).
    frequencyPerWeek: {
      min: 3.2,
      max: 3.2,
      source: 'reference note: ~70 round voyages Jan-May 2023 (newscentralasia)',
    },
  },
};

export function referenceNodes(at = REFERENCE_AS_OF): NodeDto[] {
  return ref.nodes.map((n: RefNode) => ({
    id: n.id,
    name: n.name,
    type: n.type as NodeType,
    country: n.country,
    lat: n.lat,
    lon: n.lon,
    locode: n.locode,
    gaugesMm: n.gauge_mm,
    capacities: n.capacity
      ? n.capacity.map((c) => ({
          value: c.value,
          unit: c.unit,
          kind: c.kind as 'design' | 'throughput',
          year: c.year,
          note: 'note' in c && typeof c.note === 'string' ? c.note : null,
          source: c.source,
        }))
      : null,
    // The reference file names operators only in notes; unknown rather than none.
    operators: null,
    corridors: n.corridors,
    note: 'note' in n && typeof n.note === 'string' ? n.note : null,
    source: n.source,
    gaugeChangeDwellHours: null,
    transshipmentHours: null,
    updatedAt: at,
  }));
}

export function referenceLinks(at = REFERENCE_AS_OF): LinkDto[] {
  const links = ref.links as RefLink[];
  const pairs = new Map<string, number>();
  for (const l of links)
    pairs.set(linkId(l.from, l.to, null), (pairs.get(linkId(l.from, l.to, null)) ?? 0) + 1);
  return links.map((l) => {
    // Two links between the same places (Suez, Cape of Good Hope) are told apart by their way.
    const id = linkId(l.from, l.to, pairs.get(linkId(l.from, l.to, null))! > 1 ? l.via : null);
    return {
      id,
      from: l.from,
      to: l.to,
      mode: l.mode as Mode,
      km: l.km,
      hours: l.hours,
      status: l.status as 'operational' | 'planned',
      plannedYear: null,
      via: l.via ?? null,
      passesCountries: null,
      frequencyPerWeek: null,
      borderDwellHours: null,
      costUsdPerTeu: null,
      note: l.note ?? null,
      source: l.source,
      updatedAt: at,
      ...FROM_NOTES[id],
    };
  });
}

/**
 * The emission factors as published, each with its basis. A factor whose basis text also gives a WTW
 * value yields a second, WTW factor with the same source, so that a WTW calculation never borrows a
 * TTW figure.
 */
export function referenceEmissionFactors(): EmissionFactorDto[] {
  const out: EmissionFactorDto[] = [];
  for (const f of ref.emission_factors) {
    const note = 'note' in f && typeof f.note === 'string' ? f.note : null;
    const basis = /^TTW\b/.test(f.basis) ? 'TTW' : /^WTW\b/.test(f.basis) ? 'WTW' : 'unstated';
    out.push({
      id: f.mode,
      gCo2ePerTkm: f.g_co2e_per_tkm,
      basis,
      basisNote: f.basis,
      source: f.source,
      note,
    });
    const wtw = /\bWTW (\d+(\.\d+)?)/.exec(f.basis);
    if (wtw && basis === 'TTW')
      out.push({
        id: `${f.mode}_wtw`,
        gCo2ePerTkm: Number(wtw[1]),
        basis: 'WTW',
        basisNote: f.basis,
        source: f.source,
        note,
      });
  }
  return out;
}

const km_h = (kmPerDay: number) => Math.round((kmPerDay / 24) * 10) / 10;

/**
 * Per mode: the detour factor over the great-circle distance, the commercial speed, and which
 * emission factors apply, each with its source or marked as the platform's assumption.
 */
export const MODE_ASSUMPTIONS: Record<Mode, ModeAssumption> = {
  rail: {
    mode: 'rail',
    detourFactor: { min: 1.1, max: 1.4, source: ASSUMPTION },
    speedKmh: {
      min: km_h(800),
      max: km_h(941),
      source:
        'reference notes: 800 km/day service speed (inform.kz 2022); 941 km/day average container train in KZ (KTZ 2018)',
    },
    emissionFactors: { TTW: ['rail_freight_uk_average'], WTW: [], source: ASSUMPTION },
  },
  road: {
    mode: 'road',
    detourFactor: { min: 1.1, max: 1.3, source: ASSUMPTION },
    speedKmh: { min: 40, max: 60, source: ASSUMPTION },
    emissionFactors: { TTW: ['road_hgv_uk_average'], WTW: [], source: ASSUMPTION },
  },
  ferry: {
    mode: 'ferry',
    detourFactor: { min: 1.0, max: 1.2, source: ASSUMPTION },
    speedKmh: {
      min: 23.1,
      max: 32.6,
      source:
        'reference links: Aktau-Baku 508 km in 20-22 h (sea-news.az 2022); Berkarar RoPax at 17.6 kn (report.az 2015)',
    },
    emissionFactors: {
      TTW: [
        'sea_roro_ferry',
        'ferry_ropax_10000_19999gt_mdo',
        'ferry_ropax_10000_19999gt_vlsfo',
        'ferry_ropax_5000_9999gt_mdo',
        'ferry_ropax_5000_9999gt_vlsfo',
        'ferry_ropax_2000_4999gt_mdo',
        'ferry_ropax_2000_4999gt_vlsfo',
      ],
      WTW: ['ferry_ropax_10000_19999gt_mdo_wtw', 'ferry_ropax_2000_4999gt_vlsfo_wtw'],
      source: `${ASSUMPTION}: the RoPax classes of 2,000 GT and more, the Caspian vessels' size not being given`,
    },
  },
  sea: {
    mode: 'sea',
    detourFactor: { min: 1.1, max: 1.5, source: ASSUMPTION },
    speedKmh: {
      min: 23.4,
      max: 29.6,
      source:
        'reference link Shanghai-Rotterdam: 19,631 km in a typical 35-day service; 16 kn without calls (porteconomicsmanagement.org)',
    },
    emissionFactors: {
      TTW: ['sea_container_deep_sea_3000teu_plus', 'sea_container_short_sea_lt3000teu'],
      WTW: [],
      source: ASSUMPTION,
    },
  },
  inland_waterway: {
    mode: 'inland_waterway',
    detourFactor: { min: 1.1, max: 1.5, source: ASSUMPTION },
    speedKmh: { min: 10, max: 15, source: ASSUMPTION },
    emissionFactors: {
      TTW: [],
      WTW: [],
      source: 'no TTW/WTW factor for inland waterways in the reference data',
    },
  },
  border_gauge_change: {
    mode: 'border_gauge_change',
    detourFactor: { min: 1.0, max: 1.5, source: ASSUMPTION },
    // Only used when neither hours nor a dwell are published; the dwell range below is used instead.
    speedKmh: { min: 5, max: 20, source: ASSUMPTION },
    emissionFactors: {
      TTW: ['rail_freight_uk_average'],
      WTW: [],
      source: `${ASSUMPTION}: the shunting across a border counted as rail`,
    },
  },
};

/** The range of the reference data's published border and gauge-change dwell times. */
export const GAUGE_CHANGE_DWELL = (() => {
  const published = ref.links.filter((l) => l.mode === 'border_gauge_change' && l.hours !== null);
  const hours = published.map((l) => l.hours!);
  return {
    min: Math.min(...hours),
    max: Math.max(...hours),
    method: `range of the published border and gauge-change dwell times in the reference data (${published
      .map((l) => `${l.from}–${l.to} ${l.hours} h`)
      .join('; ')})`,
  };
})();

export const referenceMeta = {
  emissionFactors: referenceEmissionFactors(),
  modes: Object.values(MODE_ASSUMPTIONS),
  gaugeChangeDwell: GAUGE_CHANGE_DWELL,
  notes: REFERENCE_NOTES,
};

export type { SourcedRange };
