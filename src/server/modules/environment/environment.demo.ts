import { actorForEmail } from '../../core/auth/auth.service';
import type { Kernel } from '../../core/module';
import * as repo from './technologies.repository';
import { advance, createTechnology } from './technologies.service';
import { recordPoints } from './water.service';

const DEMO_SOURCE = 'Demo: illustrative, not data';

/**
 * Demo content for the embedded default, never loaded in production: two technologies and a short
 * series for the Aral Sea, every name, source and method saying "Demo". The figures are made up to
 * show the pages; none is a fact about the technology or the water body.
 */
export async function seedEnvironmentDemo(kernel: Kernel) {
  if (await repo.findLatest(kernel.db, 'kz-1')) return;
  const kz = await actorForEmail(kernel.db, 'coordinator.kz@example.org');
  const sec = await actorForEmail(kernel.db, 'secretariat@example.org');
  if (!kz || !sec) return;
  const s = <T>(value: T, source: string | null = DEMO_SOURCE) => ({ value, source });
  const demos = [
    {
      name: s('Demo: drip irrigation of row crops'),
      summary: s('Demo entry: water reaches the root zone through drip lines instead of furrows.'),
      sector: 'agriculture' as const,
      climates: ['arid' as const, 'continental' as const],
      landUses: s(['cropland' as const]),
      waterSources: s(['surface' as const, 'groundwater' as const]),
      waterSaved: s({ amount: 1000, unit: 'm³', perUnitOfOutput: 'ha per season (demo)' }),
      buildCost: s({
        amountMinor: 50_000_000,
        currency: 'KZT',
        unitsPerUsd: 500,
        rateDate: '2026-01-01',
        rateSource: null,
      }),
      maturity: s('deployment' as const),
      evidence: [s('Demo evidence without a source.', null)],
      places: {
        type: 'FeatureCollection' as const,
        features: [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [68.3, 43.3] as [number, number] },
          },
        ],
      },
      waterBodies: ['aral_sea'],
    },
    {
      name: s('Demo: treated wastewater reuse in industry'),
      summary: s('Demo entry: cooling water recycled in a closed loop.', null),
      sector: 'industry' as const,
      climates: ['semi_arid' as const],
      landUses: s(['industrial' as const]),
      waterSources: s(['recycled' as const]),
      maturity: s('demonstration' as const),
      places: {
        type: 'FeatureCollection' as const,
        features: [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [76.9, 43.2] as [number, number] },
          },
        ],
      },
      waterBodies: ['lake_balkhash'],
    },
  ];
  for (const d of demos) {
    const t = await createTechnology(kernel, kz, { ...d, country: 'KZ' }, { demo: true });
    // Demo entries skip the expert review: they show a published entry, not the procedure.
    for (const to of ['submitted', 'reviewed', 'published'] as const) {
      const row = (await repo.findLatest(kernel.db, t.code))!;
      await advance(kernel, to === 'submitted' ? kz : sec, row, to, {
        actingFor: to === 'submitted' ? 'KZ' : null,
        data: { demo: true },
      });
    }
  }
  const point = (indicator: 'area' | 'level', date: string, value: number, unit: string) => ({
    indicator,
    date,
    value,
    unit,
    source: DEMO_SOURCE,
    method: 'Demo: made-up values',
  });
  await recordPoints(
    kernel,
    sec,
    'aral_sea',
    {
      points: [
        point('area', '2000', 100, 'demo units'),
        point('area', '2010', 80, 'demo units'),
        point('area', '2020', 70, 'demo units'),
        point('level', '2000', 30, 'demo m'),
        point('level', '2010', 28, 'demo m'),
        point('level', '2020', 29, 'demo m'),
      ],
    },
    { demo: true },
  );
}
