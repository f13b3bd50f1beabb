import type { Localized } from '../../../../contracts/common';
import type { Sector } from '../../../../contracts/projects';
import type { NewProject } from '../api/projectsApi';
import { normaliseAmount } from './money';

export interface PointDraft {
  name: string;
  /** As typed; a decimal comma is read as a point. */
  lon: string;
  lat: string;
}

export interface ProjectDraft {
  /** The member state proposing, or '' when the Secretariat proposes for sponsors. */
  proposingState: string;
  sponsors: string[];
  title: Localized;
  description: Localized;
  expectedResults: Localized;
  sector: Sector | '';
  countries: string[];
  amount: string;
  currency: string;
  locations: PointDraft[];
  plannedStart: string;
  plannedEnd: string;
  public: boolean;
}

export const EMPTY_TEXT: Localized = { en: '', ru: '', zh: '' };
export const EMPTY_POINT: PointDraft = { name: '', lon: '', lat: '' };

const coordinate = (typed: string) => Number(typed.trim().replace(',', '.'));

/**
 * The request body for a draft. Points left blank are dropped; the others go as GeoJSON features
 * ([longitude, latitude], RFC 7946). Optional fields left empty are left out, so the server's defaults
 * apply; what is wrong is for the server to say, field by field.
 */
export function toCreateBody(draft: ProjectDraft): NewProject {
  const points = draft.locations.filter((p) => p.lon.trim() !== '' || p.lat.trim() !== '');
  return {
    title: draft.title,
    description: draft.description,
    expectedResults: draft.expectedResults,
    sector: draft.sector as Sector,
    countries: draft.countries,
    estimatedCost: { amount: normaliseAmount(draft.amount), currency: draft.currency },
    ...(draft.proposingState ? { proposingState: draft.proposingState } : {}),
    ...(draft.sponsors.length > 0 ? { sponsors: draft.sponsors } : {}),
    ...(points.length > 0
      ? {
          locations: {
            type: 'FeatureCollection' as const,
            features: points.map((p) => ({
              type: 'Feature' as const,
              geometry: {
                type: 'Point' as const,
                coordinates: [coordinate(p.lon), coordinate(p.lat)] as [number, number],
              },
              ...(p.name.trim() ? { properties: { name: p.name.trim() } } : {}),
            })),
          },
        }
      : {}),
    ...(draft.plannedStart ? { plannedStart: draft.plannedStart } : {}),
    ...(draft.plannedEnd ? { plannedEnd: draft.plannedEnd } : {}),
    public: draft.public,
  };
}
