import type { Localized } from '../../../../contracts/common';
import type { EnglishSource as Source, StateStatus } from '../../../../contracts/states';
import ref from './sco-reference.json';

/**
 * Reference facts about the SCO, built from sco-reference.json (a copy of shared/reference, as of
 * 2026-01) and the sourced notes in sco-facts.md. Every history entry carries the source that states
 * it; dates stay as precise as the source gives them (a year, or a year and month), never padded.
 */
/** The summit documents listed in the reference file, for the documents module's seed. */
export const summitDocumentReference = {
  astana2024: ref.astana_2024_documents,
  tianjin2025: ref.tianjin_2025_documents,
};

export interface SeedHistory {
  status: StateStatus;
  from: string | null;
  source: Source;
}

export interface SeedState {
  code: string;
  iso3: string;
  isoNumeric: string;
  name: Localized;
  history: SeedHistory[];
}

const confirmed = (url: string, note: string | null = null): Source => ({
  url,
  confidence: 'confirmed',
  note,
});

/** ISO 3166-1 numeric codes, which the world atlas uses as feature ids. */
const ISO_NUMERIC: Record<string, string> = {
  CN: '156',
  KZ: '398',
  KG: '417',
  RU: '643',
  TJ: '762',
  UZ: '860',
  IN: '356',
  PK: '586',
  IR: '364',
  BY: '112',
  MN: '496',
  AF: '004',
  LK: '144',
  TR: '792',
  AZ: '031',
  AM: '051',
  KH: '116',
  NP: '524',
  EG: '818',
  QA: '634',
  SA: '682',
  BH: '048',
  MV: '462',
  MM: '104',
  AE: '784',
  KW: '414',
  LA: '418',
};

const PARTNER_STATUS_SOURCE = confirmed(
  'https://tass.com/world/2010381/amp',
  'Tianjin summit: observer and dialogue-partner statuses merged into the single status "SCO partner".',
);
const TIANJIN = '2025-09-01';

const OBSERVERS_2005 =
  'https://opoyi.com/world/sco-summit-2022-which-countries-are-attending-the-diplomatic-event-751291';
const UFA_2015 = 'https://armenianclub.com/?p=827';

/** Histories richer than the reference file's one line, each step from sco-facts.md §1-§2.4. */
const DETAILED: Record<string, SeedHistory[]> = {
  IN: [
    { status: 'observer', from: '2005', source: confirmed(OBSERVERS_2005) },
    {
      status: 'applicant',
      from: '2015-07',
      source: confirmed(
        UFA_2015,
        'Admission procedure launched at the Ufa summit; memorandum of obligations signed 2016-06-24 (Tashkent).',
      ),
    },
    {
      status: 'member',
      from: '2017-06-09',
      source: confirmed(
        'https://en.mehrnews.com/news/146181/Rouhani-to-attend-SCO-summit-in-Bishkek',
        'Membership granted at the Astana summit.',
      ),
    },
  ],
  PK: [
    { status: 'observer', from: '2005', source: confirmed(OBSERVERS_2005) },
    {
      status: 'applicant',
      from: '2015-07',
      source: confirmed(
        UFA_2015,
        'Admission procedure launched at the Ufa summit; memorandum of obligations signed 2016-06-24 (Tashkent).',
      ),
    },
    {
      status: 'member',
      from: '2017-06-09',
      source: confirmed(
        'https://en.mehrnews.com/news/146181/Rouhani-to-attend-SCO-summit-in-Bishkek',
        'Membership granted at the Astana summit.',
      ),
    },
  ],
  IR: [
    { status: 'observer', from: '2005', source: confirmed(OBSERVERS_2005) },
    {
      status: 'applicant',
      from: '2021-09',
      source: confirmed(
        'https://en.mehrnews.com/news/202751/Raeisi-to-deliver-speech-at-SCO-Summit-as-full-member',
        'Admission procedure launched at the Dushanbe summit; memorandum of obligations signed 2022-09-16 (Samarkand).',
      ),
    },
    {
      status: 'member',
      from: '2023-07-04',
      source: confirmed(
        'https://www.lokmattimes.com/international/iran-formally-becomes-full-member-of-sco-pm-modi-conveys-best-wishes-to-president-ebrahim-raisi/',
        'Membership granted at the virtual summit chaired by India.',
      ),
    },
  ],
  BY: [
    {
      status: 'dialogue_partner',
      from: '2010',
      source: confirmed('https://head-post.com/belarus-joins-sco-becomes-its-10th-member-state'),
    },
    { status: 'observer', from: '2015', source: confirmed(OBSERVERS_2005) },
    {
      status: 'member',
      from: '2024-07-04',
      source: confirmed(
        'https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/',
        'Membership granted at the Astana summit; the tenth member state.',
      ),
    },
  ],
};

interface RefEntry {
  name_en: string;
  name_ru: string;
  name_zh: string;
  iso2: string;
  iso3: string;
  since: string | null;
  source: string;
  notes?: string | null;
}

function base(e: RefEntry): Omit<SeedState, 'history'> {
  const isoNumeric = ISO_NUMERIC[e.iso2];
  if (!isoNumeric) throw new Error(`No ISO numeric code for ${e.iso2}`);
  return { code: e.iso2, iso3: e.iso3, isoNumeric, name: { en: e.name_en, ru: e.name_ru, zh: e.name_zh } };
}

/** A "since" the reference marks as conflicting or missing stays, marked, rather than being guessed. */
function confidenceOf(e: RefEntry): Source['confidence'] {
  if (e.since === null || /conflict|not verified|unverified/i.test(e.notes ?? '')) return 'secondary';
  return 'confirmed';
}

function partnerHistory(e: RefEntry, legacy: 'observer' | 'dialogue_partner'): SeedHistory[] {
  if (e.iso2 === 'LA') {
    return [
      {
        status: 'partner',
        from: TIANJIN,
        source: {
          url: e.source,
          confidence: 'secondary',
          note: 'Admitted at Tianjin on the day the statuses were merged; the declaration still says "dialogue partner"; memorandum pending.',
        },
      },
    ];
  }
  return [
    {
      status: legacy,
      from: e.since,
      source: { url: e.source, confidence: confidenceOf(e), note: e.notes ?? null },
    },
    { status: 'partner', from: TIANJIN, source: PARTNER_STATUS_SOURCE },
  ];
}

export function seedStates(): SeedState[] {
  const members = ref.members.map((e) => ({
    ...base(e),
    history: DETAILED[e.iso2] ?? [
      {
        status: 'member' as const,
        from: e.since,
        source: confirmed(
          e.source,
          'Founding member: the SCO was proclaimed on 2001-06-15; the Charter entered into force on 2003-09-19.',
        ),
      },
    ],
  }));
  const observers = ref.observers.map((e) => ({ ...base(e), history: partnerHistory(e, 'observer') }));
  const partners = ref.partners.map((e) => ({ ...base(e), history: partnerHistory(e, 'dialogue_partner') }));
  return [...members, ...observers, ...partners];
}

export interface SeedBody {
  code: string;
  name: Localized;
  kind: 'council' | 'meeting' | 'permanent';
  seat: string | null;
  source: Source;
}

const CHARTER_ART4 = 'https://base.garant.ru/2562275/1b93c134b90c6071b4dc3f495464b753';
const STRUCTURE = 'https://bcsco.ru/about/structure/';

/** The bodies of Charter Art. 4, with stable codes other modules refer to. */
export const BODIES: SeedBody[] = [
  {
    code: 'HSC',
    kind: 'council',
    seat: null,
    name: { en: 'Council of Heads of State', ru: 'Совет глав государств-членов', zh: '成员国元首理事会' },
    source: confirmed(STRUCTURE, 'Supreme body; meets once a year (the summit).'),
  },
  {
    code: 'HGC',
    kind: 'council',
    seat: null,
    name: {
      en: 'Council of Heads of Government',
      ru: 'Совет глав правительств (премьер-министров)',
      zh: '成员国政府首脑（总理）理事会',
    },
    source: confirmed(STRUCTURE, 'Adopts the budget; economic cooperation.'),
  },
  {
    code: 'CFM',
    kind: 'council',
    seat: null,
    name: {
      en: 'Council of Foreign Ministers',
      ru: 'Совет министров иностранных дел',
      zh: '成员国外交部长理事会',
    },
    source: confirmed(STRUCTURE, 'Current activities; prepares the summit.'),
  },
  {
    code: 'CNC',
    kind: 'council',
    seat: null,
    name: {
      en: 'Council of National Coordinators',
      ru: 'Совет национальных координаторов',
      zh: '成员国国家协调员理事会',
    },
    source: confirmed(
      'https://liquisearch.com/shanghai_cooperation_organisation/structure',
      'Coordinates current activity; prepares summit documents.',
    ),
  },
  {
    code: 'MIN',
    kind: 'meeting',
    seat: null,
    name: {
      en: 'Meetings of heads of ministries and agencies',
      ru: 'Совещания руководителей министерств и/или ведомств',
      zh: '部长级会议',
    },
    source: confirmed(CHARTER_ART4, 'Sectoral cooperation: energy, culture, ICT and others.'),
  },
  {
    code: 'SEC',
    kind: 'permanent',
    seat: 'Beijing',
    name: { en: 'Secretariat', ru: 'Секретариат', zh: '秘书处' },
    source: confirmed(
      'https://docs.cntd.ru/document/557568484/titles/6520IM',
      'Main permanent executive body; depositary of documents.',
    ),
  },
  {
    code: 'RATS',
    kind: 'permanent',
    seat: 'Tashkent',
    name: {
      en: 'Regional Anti-Terrorist Structure',
      ru: 'Региональная антитеррористическая структура',
      zh: '地区反恐怖机构',
    },
    source: confirmed(
      'https://docs.cntd.ru/document/1306223341',
      'Council and Executive Committee in Tashkent.',
    ),
  },
];

export interface SeedChairmanship {
  state: string;
  from: string;
  to: string | null;
  summit: string | null;
  source: Source;
}

const CHAIR_SOURCES: Record<string, Source> = {
  IN: {
    url: null,
    confidence: 'secondary',
    note: 'sco-facts.md §2.7: India chaired 2022-23 and hosted the virtual summit of 2023-07-04.',
  },
  KZ: confirmed('https://www.gov.kz/memleket/entities/mfa-vilnius/press/news/details/615933'),
  CN: confirmed('https://tass.com/world/2010153'),
  KG: confirmed(
    'https://gazeta.kg/en/exclusive/158860-shos-pod-rukovodstvom-kyrgyzstana-strategicheskie-prioritety-na-2026-god.html',
    'Summit date in 2026 not found.',
  ),
  PK: {
    url: 'https://www.gktoday.in/question/%e0%a4%b6%e0%a4%be%e0%a4%82%e0%a4%98%e0%a4%be%e0%a4%af-%e0%a4%95%e0%a5%8b%e0%a4%91%e0%a4%aa%e0%a4%b0%e0%a5%87%e0%a4%b6%e0%a4%a8-%e0%a4%91%e0%a4%b0%e0%a5%8d%e0%a4%97%e0%a4%a8%e0%a4%be%e0%a4%af-%e0%a4%9d-44232',
    confidence: 'unverified',
    note: 'Announced by Pakistan; unconfirmed.',
  },
};

export function seedChairmanships(): SeedChairmanship[] {
  return ref.chairmanships.map((c) => {
    const [from, to] = c.period.split(' ')[0]!.split('/') as [string, string | undefined];
    return {
      state: c.state_iso2,
      from,
      to: to ?? null,
      summit: c.summit,
      source: CHAIR_SOURCES[c.state_iso2]!,
    };
  });
}
