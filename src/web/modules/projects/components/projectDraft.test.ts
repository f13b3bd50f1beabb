import { describe, expect, it } from 'vitest';
import { EMPTY_POINT, toCreateBody, type ProjectDraft } from './projectDraft';

const text = { en: 'Solar plant', ru: 'Солнечная электростанция', zh: '太阳能电站' };
const draft: ProjectDraft = {
  proposingState: 'KZ',
  sponsors: [],
  title: text,
  description: text,
  expectedResults: text,
  sector: 'energy',
  countries: ['KZ', 'UZ'],
  amount: '12 500 000,50',
  currency: 'USD',
  locations: [{ name: ' Site A ', lon: '71,45', lat: '51.17' }, EMPTY_POINT],
  plannedStart: '',
  plannedEnd: '2030-12-31',
  public: true,
};

describe('toCreateBody', () => {
  it('sends the cost as a decimal string and the points as GeoJSON, blank rows dropped', () => {
    const body = toCreateBody(draft);
    expect(body.estimatedCost).toEqual({ amount: '12500000.50', currency: 'USD' });
    expect(body.locations).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [71.45, 51.17] },
          properties: { name: 'Site A' },
        },
      ],
    });
    expect(body.proposingState).toBe('KZ');
    expect(body.plannedEnd).toBe('2030-12-31');
  });

  it('leaves out what was left empty', () => {
    const body = toCreateBody({ ...draft, locations: [EMPTY_POINT], plannedEnd: '', proposingState: '' });
    expect(body).not.toHaveProperty('locations');
    expect(body).not.toHaveProperty('plannedStart');
    expect(body).not.toHaveProperty('plannedEnd');
    expect(body).not.toHaveProperty('proposingState');
    expect(body).not.toHaveProperty('sponsors');
  });

  it('names the sponsors when the Secretariat proposes', () => {
    const body = toCreateBody({
      ...draft,
      proposingState: '',
      sponsors: ['CN', '0190a0b0-0000-7000-8000-000000000001'],
    });
    expect(body.sponsors).toEqual(['CN', '0190a0b0-0000-7000-8000-000000000001']);
  });
});
