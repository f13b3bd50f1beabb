import type { Localized } from '../../../contracts/common';
import type { EntryKind } from '../../../contracts/finance';
import type { FeatureCollection, Sector, Stage } from '../../../contracts/projects';
import { tables } from '../../core/db/database';
import { refreshTranslations, translateWith, writeTranslated } from '../../core/db/translated';
import { newId } from '../../core/ids';
import type { Kernel } from '../../core/module';
import { bookEntry, toMinor } from '../finance';
import { insertOrganisation } from './organisation.repository';
import * as repo from './project.repository';
import { PROJECTS_TRANSLATIONS } from './seed/translations';

/**
 * Demo content for the embedded default, never loaded with NODE_ENV=production. Every sample is
 * fictional and says so in its title and description in all three languages; figures and places are
 * invented for the demonstration and describe no real SCO project, company or bank.
 */
const NOTE: Localized = {
  en: 'Fictional sample for demonstrating the platform; not an SCO project.',
  ru: 'Вымышленный пример для демонстрации платформы; не является проектом ШОС.',
  zh: '用于演示平台的虚构示例，并非上合组织项目。',
};
const demoText = (t: Localized): Localized => ({
  en: `${t.en} ${NOTE.en}`,
  ru: `${t.ru} ${NOTE.ru}`,
  zh: `${t.zh}${NOTE.zh}`,
});

interface Sample {
  title: Localized;
  summary: Localized;
  sector: Sector;
  countries: string[];
  cost: [string, string];
  stage: Stage;
  public: boolean;
  locations: FeatureCollection;
  sponsors: (orgs: { bank: string; company: string }) => string[];
  recorded: [string, string, 'document' | 'question'][];
  interested: string[];
  ledger: (orgs: { bank: string; company: string }) => [EntryKind, string, string, string, string][];
}

const point = (name: string, lon: number, lat: number) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] },
  properties: { name },
});

const SAMPLES: Sample[] = [
  {
    title: {
      en: 'Demo: multimodal freight corridor',
      ru: 'Демо: мультимодальный грузовой коридор',
      zh: '演示：多式联运货运走廊',
    },
    summary: {
      en: 'A sample rail and road freight corridor with a dry port.',
      ru: 'Пример железнодорожно-автомобильного коридора с сухим портом.',
      zh: '一个带有陆港的铁路和公路货运走廊示例。',
    },
    sector: 'transport_logistics',
    countries: ['CN', 'KZ', 'UZ'],
    cost: ['1250000000.00', 'USD'],
    stage: 'appraisal',
    public: true,
    locations: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [80.3, 44.2],
              [76.9, 43.2],
              [69.3, 41.3],
            ],
          },
          properties: { name: 'Sample corridor' },
        },
        point('Sample dry port', 76.95, 43.25),
      ],
    },
    sponsors: (o) => ['KZ', o.company],
    recorded: [
      ['concept_note', 'https://example.org/demo/concept-note.pdf', 'document'],
      ['rationale', 'Sample answer: freight volumes on the sample route exceed its capacity.', 'question'],
      ['feasibility_study', 'https://example.org/demo/feasibility.pdf', 'document'],
      ['esia', 'https://example.org/demo/esia.pdf', 'document'],
      ['options', 'Sample answer: road-only and rail-only options were compared.', 'question'],
      [
        'commercial_viability',
        'Sample answer: tariffs cover operating costs in the sample model.',
        'question',
      ],
    ],
    interested: ['KZ', 'UZ'],
    ledger: (o) => [
      ['pledge', 'KZ', '50000000.00', 'USD', '2026-03-01'],
      ['commitment', o.bank, '300000000.00', 'USD', '2026-04-15'],
      ['disbursement', o.bank, '25000000.00', 'USD', '2026-06-30'],
    ],
  },
  {
    title: {
      en: 'Demo: water-saving irrigation pilot',
      ru: 'Демо: пилотный проект водосберегающего орошения',
      zh: '演示：节水灌溉试点',
    },
    summary: {
      en: 'A sample drip-irrigation pilot on farmland.',
      ru: 'Пример пилотного проекта капельного орошения.',
      zh: '一个农田滴灌试点示例。',
    },
    sector: 'water_saving',
    countries: ['KG', 'TJ'],
    cost: ['8400000.00', 'EUR'],
    stage: 'identification',
    public: true,
    locations: { type: 'FeatureCollection', features: [point('Sample pilot site', 72.8, 40.5)] },
    sponsors: (o) => [o.bank],
    recorded: [],
    interested: ['KG'],
    ledger: () => [],
  },
  {
    title: {
      en: 'Demo: regional telemedicine network',
      ru: 'Демо: региональная сеть телемедицины',
      zh: '演示：区域远程医疗网络',
    },
    summary: {
      en: 'A sample network linking district hospitals.',
      ru: 'Пример сети, связывающей районные больницы.',
      zh: '一个连接区级医院的网络示例。',
    },
    sector: 'health',
    countries: ['BY', 'RU'],
    cost: ['540000000.00', 'RUB'],
    stage: 'preparation',
    public: false,
    locations: { type: 'FeatureCollection', features: [] },
    sponsors: () => ['BY'],
    recorded: [
      ['concept_note', 'DEMO-DOC-001', 'document'],
      ['rationale', 'Sample answer: district hospitals lack specialists.', 'question'],
    ],
    interested: [],
    ledger: () => [['pledge', 'BY', '20000000.00', 'RUB', '2026-05-20']],
  },
];

const translate = translateWith(PROJECTS_TRANSLATIONS);
const DEMO_ORGANISATIONS = [
  ['Demo Development Bank (fictional)', 'development_bank', 'CN'],
  ['Demo Logistics Company (fictional)', 'company', 'KZ'],
] as const;

export async function seedDemoProjects(kernel: Kernel) {
  // A demo loaded before ADR 0079 gets the names' Russian and Chinese versions.
  await refreshTranslations(
    kernel.db,
    { table: 'projects_organisation', key: 'id', column: 'name' },
    DEMO_ORGANISATIONS.map(([name]) => translate(name)),
  );
  const existing = await tables<repo.ProjectsTables>(kernel.db)
    .selectFrom('projects_project')
    .select('id')
    .where('demo', '=', 1)
    .limit(1)
    .executeTakeFirst();
  if (existing) return;
  const now = kernel.now().toISOString();
  const orgIds = [newId(), newId()] as const;
  const orgs = { bank: orgIds[0], company: orgIds[1] };
  await kernel.db.transaction().execute(async (trx) => {
    for (const [i, [name, kind, country]] of DEMO_ORGANISATIONS.entries()) {
      const id = orgIds[i]!;
      await insertOrganisation(trx, {
        id,
        name: writeTranslated(translate(name))!,
        kind,
        country,
        website: null,
        demo: 1,
        created_at: now,
        created_by: null,
      });
      await kernel.audit.record(trx, null, {
        action: 'projects.organisation_registered',
        targetType: 'organisation',
        targetId: id,
        actingFor: 'secretariat',
        data: { name, kind, country, demo: true },
      });
    }
    for (const s of SAMPLES) {
      const p: repo.Project = {
        id: newId(),
        title: s.title,
        description: demoText(s.summary),
        expectedResults: demoText({ en: 'Sample results.', ru: 'Примерные результаты.', zh: '示例成果。' }),
        sector: s.sector,
        locations: s.locations,
        cost: { minor: toMinor(s.cost[0], s.cost[1]), currency: s.cost[1] },
        proposingState: null,
        stage: s.stage,
        public: s.public,
        demo: true,
        plannedStart: null,
        plannedEnd: null,
        approval: { decisionId: null, result: null, number: null, closedAt: null },
        createdAt: now,
        createdBy: null,
        updatedAt: now,
      };
      await repo.insertProject(trx, p, s.countries, s.sponsors(orgs).sort());
      for (const [item, value, kind] of s.recorded) {
        await repo.upsertChecklist(trx, {
          project_id: p.id,
          item,
          document_ref: kind === 'document' ? value : null,
          answer: kind === 'question' ? value : null,
          recorded_at: now,
          recorded_by: 'demo',
        });
      }
      for (const state of s.interested) {
        await repo.insertInterest(trx, {
          project_id: p.id,
          state_code: state,
          expressed_at: now,
          expressed_by: 'demo',
        });
      }
      await kernel.audit.record(trx, null, {
        action: 'projects.project_created',
        targetType: 'project',
        targetId: p.id,
        actingFor: 'secretariat',
        data: { demo: true, stage: p.stage, sector: p.sector },
      });
      for (const [kind, funder, amount, currency, valueDate] of s.ledger(orgs)) {
        await bookEntry(trx, kernel, null, {
          projectId: p.id,
          kind,
          funder,
          amount,
          currency,
          valueDate,
          actingFor: 'secretariat',
        });
      }
    }
  });
}
