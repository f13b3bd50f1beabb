import type { RegimeBody, RegimeFields } from '../../../contracts/regimes';
import type { Kernel } from '../../core/module';
import * as repo from './regimes.repository';

/**
 * Fictitious regimes for the demo, labelled demo in their names and flagged `demo`; no source is
 * claimed for any value, so each shows as unsourced. The shared reference holds no regime figures, so
 * nothing here is a fact (issue 13 pt 4).
 */
const none = { value: null, source: null };
const base = (over: Partial<RegimeFields>): RegimeFields => ({
  state: 'KZ',
  type: 'special_economic_zone',
  name: { en: '', ru: '', zh: '' },
  legalBasis: none,
  area: none,
  benefits: none,
  eligibility: none,
  validity: { value: { from: null, until: null }, source: null },
  visa: none,
  history: [],
  ...over,
});
const name = (en: string, ru: string, zh: string) => ({
  en: `Demo: ${en}`,
  ru: `Демо: ${ru}`,
  zh: `演示：${zh}`,
});
const visa = (
  state: string,
  nationalsOf: string,
  requirement: 'visa_free' | 'e_visa',
  stayDays: number | null,
) =>
  base({
    state,
    type: 'visa_regime',
    name: name(
      `visa regime for ${nationalsOf} nationals`,
      `визовый режим для граждан ${nationalsOf}`,
      `${nationalsOf}公民签证制度`,
    ),
    visa: { value: { nationalsOf, requirement, stayDays }, source: null },
    history: [{ status: 'in_force', on: '2020-01-01', source: null }],
  });

export const DEMO_REGIMES: RegimeBody[] = [
  {
    code: 'DEMO-KZ-SEZ',
    ...base({
      name: name('special economic zone', 'специальная экономическая зона', '经济特区'),
      benefits: { value: 'Demo: reduced corporate income tax (fictitious)', source: null },
      area: {
        value: {
          type: 'Polygon',
          coordinates: [
            [
              [71.2, 51.0],
              [71.6, 51.0],
              [71.6, 51.3],
              [71.2, 51.3],
              [71.2, 51.0],
            ],
          ],
        },
        source: null,
      },
      history: [
        { status: 'initiated', on: '2019-06-01', source: null },
        { status: 'in_force', on: '2020-01-01', source: null },
      ],
    }),
  },
  {
    code: 'DEMO-UZ-AEO',
    ...base({
      state: 'UZ',
      type: 'aeo_programme',
      name: name(
        'authorised economic operator programme',
        'программа уполномоченных экономических операторов',
        '经认证的经营者计划',
      ),
      history: [{ status: 'in_force', on: '2021-03-01', source: null }],
    }),
  },
  {
    code: 'DEMO-CN-TAX',
    ...base({
      state: 'CN',
      type: 'tax_regime',
      name: name('withdrawn tax regime', 'отменённый налоговый режим', '已撤销的税收制度'),
      history: [
        { status: 'in_force', on: '2018-01-01', source: null },
        { status: 'withdrawn', on: '2022-01-01', source: null },
      ],
    }),
  },
  { code: 'DEMO-KZ-VISA-KG', ...visa('KZ', 'KG', 'visa_free', 90) },
  { code: 'DEMO-KG-VISA-KZ', ...visa('KG', 'KZ', 'visa_free', 90) },
  { code: 'DEMO-RU-VISA-CN', ...visa('RU', 'CN', 'e_visa', 16) },
];

export async function seedRegimesDemo(kernel: Kernel) {
  const at = kernel.now().toISOString();
  const existing = await repo.findRegimes(
    kernel.db,
    DEMO_REGIMES.map((r) => r.code),
  );
  const rows = DEMO_REGIMES.filter((r) => !existing.has(r.code)).map(({ code, ...f }) =>
    repo.toRow(code, f, { demo: true, at, by: null }),
  );
  await repo.upsertRegimes(kernel.db, rows);
}
