import type { DesignationDto, ProgrammeDto } from '../../../contracts/culture';
import type { TranslatedText } from '../../../contracts/common';
import type { CsvCell } from '../../core/http/csv';
import type { Kernel } from '../../core/module';
import { CultureErrors } from './culture.errors';
import * as repo from './culture.repository';
import { REFERENCE_DESIGNATIONS } from './designations.reference';
import { PROGRAMMES } from './programmes';

type Deps = Pick<Kernel, 'db'>;

/** The lists and their sourced designations, added when missing so a restart changes nothing. */
export async function seedCulture(deps: Deps) {
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertMissingProgrammes(trx, PROGRAMMES);
    await repo.insertMissingDesignations(
      trx,
      REFERENCE_DESIGNATIONS.map((s) => ({
        id: s.id,
        programme: s.programme,
        name: JSON.stringify(s.name),
        description: null,
        states: JSON.stringify(s.states),
        places: JSON.stringify(s.states.map((state) => ({ name: s.name, geometry: null, state }))),
        period_from: s.period?.from ?? null,
        period_to: s.period?.to ?? null,
        designated_on: s.designatedOn,
        decision_id: null,
        decision_number: null,
        criteria: '[]',
        status: 'designated',
        source: s.source,
        demo: 0,
      })),
    );
  });
}

export const listProgrammes = (deps: Deps) => repo.listProgrammes(deps.db);

export async function getProgramme(deps: Deps, code: string): Promise<ProgrammeDto> {
  const p = (await repo.listProgrammes(deps.db)).find((x) => x.code === code);
  if (!p) throw CultureErrors.unknownProgramme({ programme: code });
  return p;
}

export async function listDesignations(deps: Deps, f: { programme?: string; state?: string }) {
  if (f.programme) await getProgramme(deps, f.programme);
  return repo.listDesignations(deps.db, f);
}

export async function getDesignation(deps: Deps, id: string): Promise<DesignationDto> {
  const d = await repo.findDesignation(deps.db, id);
  if (!d) throw CultureErrors.designationNotFound({ id });
  return d;
}

/** Every place of every designation as a feature; a place with no sourced position keeps geometry null. */
export function designationsGeoJson(items: DesignationDto[]) {
  return {
    type: 'FeatureCollection' as const,
    features: items.flatMap((d) =>
      d.places.map((p, i) => ({
        type: 'Feature' as const,
        id: `${d.id}#${i}`,
        geometry: p.geometry,
        properties: {
          designation: d.id,
          programme: d.programme,
          name: d.name,
          place: p.name,
          state: p.state,
          period: d.period,
          designatedOn: d.designatedOn,
          status: d.status,
          demo: d.demo,
        },
      })),
    ),
  };
}

const tagged = (t: TranslatedText) =>
  (['en', 'ru', 'zh'] as const).filter((l) => t[l]).map((l) => ({ '@value': t[l], '@language': l }));

/** schema.org JSON-LD: festival editions are Festivals, the rest tourist attractions and landmarks. */
export function designationsJsonLd(items: DesignationDto[], stateNames: Map<string, TranslatedText>) {
  return {
    '@context': 'https://schema.org',
    '@graph': items.map((d) => {
      const containedInPlace = d.states.map((s) => ({
        '@type': 'Country',
        identifier: s,
        name: stateNames.get(s) ? tagged(stateNames.get(s)!) : s,
      }));
      const base = {
        '@id': `/api/v1/culture/designations/${d.id}`,
        name: tagged(d.name),
        ...(d.description ? { description: tagged(d.description) } : {}),
        isBasedOn: d.source,
      };
      const point = d.places.find((p) => p.geometry?.type === 'Point')?.geometry;
      const geo = point
        ? {
            geo: {
              '@type': 'GeoCoordinates',
              longitude: point.coordinates[0],
              latitude: point.coordinates[1],
            },
          }
        : {};
      return d.programme === 'silk_road_festival'
        ? {
            ...base,
            '@type': 'Festival',
            ...(d.period ? { startDate: String(d.period.from) } : {}),
            location: containedInPlace,
          }
        : {
            ...base,
            '@type': ['TouristAttraction', 'LandmarksOrHistoricalBuildings'],
            containedInPlace,
            ...geo,
          };
    }),
  };
}

export const CSV_HEADER = [
  'id',
  'programme',
  'name_en',
  'name_ru',
  'name_zh',
  'states',
  'period',
  'designated_on',
  'decision_number',
  'status',
  'source',
  'demo',
];
export const csvRows = (items: DesignationDto[]): CsvCell[][] =>
  items.map((d) => [
    d.id,
    d.programme,
    d.name.en,
    d.name.ru,
    d.name.zh,
    d.states.join(' '),
    d.period ? `${d.period.from}-${d.period.to}` : null,
    d.designatedOn,
    d.decisionNumber,
    d.status,
    d.source,
    d.demo,
  ]);
