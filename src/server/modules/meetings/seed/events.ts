import type { Localized } from '../../../../contracts/common';
import type { MeetingKind, MeetingLevel, MeetingVisibility } from '../../../../contracts/meetings';
import type { EnglishSource as Source } from '../../../../contracts/states';

/**
 * SCO meetings whose day is given by a source in shared/reference/sco-facts.md (§2.7 summit history,
 * §3.1, §3.3, §4). An entry whose source gives only a year or a month (Tashkent 2004, Ufa 2015,
 * Bishkek 2026, …) is left out rather than given an invented day. No source gives a time of day, so
 * every seeded meeting is all-day.
 *
 * `participants` is the member states on the last day (a state admitted at the meeting took part in
 * it), computed from the states module's status history, plus `guests` where the source names them.
 */
export interface SeedMeeting {
  /** Stable across databases: it is how a reload recognises a meeting it already loaded. */
  key: string;
  kind: MeetingKind;
  level: MeetingLevel;
  body: string | null;
  title: Localized;
  hostState: string;
  city: Localized;
  timeZone: string;
  startDate: string;
  endDate: string;
  startTime?: string;
  endTime?: string;
  /** Default public: a sourced fact is public knowledge. */
  visibility?: MeetingVisibility;
  guests?: string[];
  source: Source | null;
}

const confirmed = (url: string | null, note: string | null = null): Source => ({
  url,
  confidence: 'confirmed',
  note,
});

const hsc = (place: Localized): Localized => ({
  en: `Meeting of the SCO Council of Heads of State, ${place.en}`,
  ru: `Заседание Совета глав государств — членов ШОС, ${place.ru}`,
  zh: `上海合作组织成员国元首理事会会议（${place.zh}）`,
});

const CITY = {
  astana: { en: 'Astana', ru: 'Астана', zh: '阿斯塔纳' },
  almaty: { en: 'Almaty', ru: 'Алматы', zh: '阿拉木图' },
  tianjin: { en: 'Tianjin', ru: 'Тяньцзинь', zh: '天津' },
  qingdao: { en: 'Qingdao', ru: 'Циндао', zh: '青岛' },
  beijing: { en: 'Beijing', ru: 'Пекин', zh: '北京' },
  goa: { en: 'Goa', ru: 'Гоа', zh: '果阿' },
  online: { en: 'Videoconference', ru: 'Видеоконференция', zh: '视频会议' },
  samarkand: { en: 'Samarkand', ru: 'Самарканд', zh: '撒马尔罕' },
  tashkent: { en: 'Tashkent', ru: 'Ташкент', zh: '塔什干' },
  dushanbe: { en: 'Dushanbe', ru: 'Душанбе', zh: '杜尚别' },
  moscowOnline: { en: 'Moscow (videoconference)', ru: 'Москва (видеоконференция)', zh: '莫斯科（视频会议）' },
  bishkek: { en: 'Bishkek', ru: 'Бишкек', zh: '比什凯克' },
} satisfies Record<string, Localized>;

const summit = (
  key: string,
  hostState: string,
  city: Localized,
  timeZone: string,
  startDate: string,
  endDate: string,
  source: Source,
): SeedMeeting => ({
  key,
  kind: 'summit',
  level: 'heads_of_state',
  body: 'HSC',
  title: hsc(city),
  hostState,
  city,
  timeZone,
  startDate,
  endDate,
  source,
});

const FROM_TABLE = 'Dates from the summit-history table of sco-facts.md §2.7 (marked [C]).';

export const SEED_MEETINGS: SeedMeeting[] = [
  summit(
    'hsc-2007-bishkek',
    'KG',
    CITY.bishkek,
    'Asia/Bishkek',
    '2007-08-16',
    '2007-08-16',
    confirmed(
      'http://adilet.zan.kz/rus/docs/Z090000129_/compare',
      'The Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation was signed here.',
    ),
  ),
  summit(
    'hsc-2010-tashkent',
    'UZ',
    CITY.tashkent,
    'Asia/Tashkent',
    '2010-06-11',
    '2010-06-11',
    confirmed(
      'https://cis-legislation.com/document.fwx?rgn=81549',
      `${FROM_TABLE} The source gives HSC Decision No. 1 of 11 June 2010 (Tashkent), the Regulations on admitting new members.`,
    ),
  ),
  summit(
    'hsc-2012-beijing',
    'CN',
    CITY.beijing,
    'Asia/Shanghai',
    '2012-06-06',
    '2012-06-07',
    confirmed(
      'https://pajhwok.com/2012/06/07/sco-accepts-afghanistan-observer/',
      `${FROM_TABLE} The source reports Afghanistan's admission as observer at this summit.`,
    ),
  ),
  summit(
    'hsc-2014-dushanbe',
    'TJ',
    CITY.dushanbe,
    'Asia/Dushanbe',
    '2014-09-12',
    '2014-09-12',
    confirmed(
      'https://cis-legislation.com/document.fwx?rgn=81549',
      `${FROM_TABLE} The source gives HSC Decisions No. 1 and No. 2 of 12 September 2014 (memorandum of obligations; granting member status).`,
    ),
  ),
  summit(
    'hsc-2016-tashkent',
    'UZ',
    CITY.tashkent,
    'Asia/Tashkent',
    '2016-06-24',
    '2016-06-24',
    confirmed(
      'https://en.inform.kz/news/several-documents-signed-at-sco-summit-in-tashkent_a2918145/',
      `${FROM_TABLE} India and Pakistan signed their memoranda of obligations here.`,
    ),
  ),
  summit(
    'hsc-2017-astana',
    'KZ',
    CITY.astana,
    'Asia/Almaty',
    '2017-06-08',
    '2017-06-09',
    confirmed(
      'http://eng.sectsco.org/news/20170609/289274.html',
      'India and Pakistan were granted member status on 9 June.',
    ),
  ),
  summit(
    'hsc-2018-qingdao',
    'CN',
    CITY.qingdao,
    'Asia/Shanghai',
    '2018-06-09',
    '2018-06-10',
    confirmed(null, `${FROM_TABLE} The table cites no link for this row.`),
  ),
  summit(
    'hsc-2019-bishkek',
    'KG',
    CITY.bishkek,
    'Asia/Bishkek',
    '2019-06-13',
    '2019-06-14',
    confirmed('https://en.mehrnews.com/news/146181/Rouhani-to-attend-SCO-summit-in-Bishkek', FROM_TABLE),
  ),
  summit(
    'hsc-2020-moscow',
    'RU',
    CITY.moscowOnline,
    'Europe/Moscow',
    '2020-11-10',
    '2020-11-10',
    confirmed('https://tass.com/world/1243901', 'Held by videoconference, chaired by Russia.'),
  ),
  summit(
    'hsc-2021-dushanbe',
    'TJ',
    CITY.dushanbe,
    'Asia/Dushanbe',
    '2021-09-17',
    '2021-09-17',
    confirmed(
      'https://www.voltairenet.org/article214165.html',
      "Iran's admission procedure was launched here.",
    ),
  ),
  summit(
    'hsc-2022-samarkand',
    'UZ',
    CITY.samarkand,
    'Asia/Samarkand',
    '2022-09-15',
    '2022-09-16',
    confirmed(
      'https://opoyi.com/world/sco-summit-2022-which-countries-are-attending-the-diplomatic-event-751291',
      `${FROM_TABLE} Iran signed its memorandum of obligations on 16 September.`,
    ),
  ),
  summit(
    'hsc-2023-india',
    'IN',
    CITY.online,
    'Asia/Kolkata',
    '2023-07-04',
    '2023-07-04',
    confirmed(
      'https://www.lokmattimes.com/international/iran-formally-becomes-full-member-of-sco-pm-modi-conveys-best-wishes-to-president-ebrahim-raisi/',
      'Virtual summit chaired by India; Iran became a member state.',
    ),
  ),
  summit(
    'hsc-2024-astana',
    'KZ',
    CITY.astana,
    'Asia/Almaty',
    '2024-07-03',
    '2024-07-04',
    confirmed(
      'https://astanatimes.com/2024/07/sco-summit-kicks-off-in-astana/',
      '24th meeting of the HSC, Palace of Independence. Opened with the signing of the decision admitting Belarus.',
    ),
  ),
  {
    key: 'sco-plus-2024-astana',
    kind: 'summit',
    level: 'heads_of_state',
    body: 'HSC',
    title: {
      en: 'First "SCO Plus" meeting, Astana',
      ru: 'Первое заседание в формате «ШОС плюс», Астана',
      zh: '首次"上合组织+"会议（阿斯塔纳）',
    },
    hostState: 'KZ',
    city: CITY.astana,
    timeZone: 'Asia/Almaty',
    startDate: '2024-07-04',
    endDate: '2024-07-04',
    guests: ['AZ', 'QA', 'MN', 'TR', 'AE'],
    source: confirmed(
      'https://tass.com/politics/1811375',
      'Invited heads: Azerbaijan, Qatar, Mongolia, Türkiye, the UAE and Turkmenistan (not a state the platform lists); organisations: the UN Secretary-General, CSTO, CIS, EEC, IOFS, CICA and ECO.',
    ),
  },
  summit(
    'hsc-2025-tianjin',
    'CN',
    CITY.tianjin,
    'Asia/Shanghai',
    '2025-08-31',
    '2025-09-01',
    confirmed(
      'https://www.trend.az/business/4085717.html',
      '25th meeting of the HSC. The "SCO partner" status replaced the observer and dialogue-partner statuses on 1 September.',
    ),
  ),
  {
    key: 'cfm-2023-goa',
    kind: 'council',
    level: 'ministerial',
    body: 'CFM',
    title: {
      en: 'Meeting of the SCO Council of Ministers of Foreign Affairs, Goa',
      ru: 'Заседание Совета министров иностранных дел государств — членов ШОС, Гоа',
      zh: '上海合作组织成员国外交部长理事会会议（果阿）',
    },
    hostState: 'IN',
    city: CITY.goa,
    timeZone: 'Asia/Kolkata',
    startDate: '2023-05-04',
    endDate: '2023-05-05',
    source: confirmed(
      'https://www.financialexpress.com/business/defence-sco-adds-kuwait-uae-myanmar-and-maldives-as-dialogue-partners-3076846/',
      'Memoranda on dialogue-partner status of Kuwait, the UAE, Myanmar and the Maldives.',
    ),
  },
  {
    key: 'digital-forum-2024-almaty',
    kind: 'forum',
    level: 'ministerial',
    body: 'MIN',
    title: {
      en: 'SCO Digital Forum, Almaty',
      ru: 'Цифровой форум ШОС, Алматы',
      zh: '上海合作组织数字论坛（阿拉木图）',
    },
    hostState: 'KZ',
    city: CITY.almaty,
    timeZone: 'Asia/Almaty',
    startDate: '2024-02-01',
    endDate: '2024-02-01',
    source: confirmed(
      'https://astanahub.com/en/article/digital-almaty-2024-tsifrovoi-forum-shos-vpervye-prokhodit-v-kazakhstane',
      'First held in Kazakhstan, with a meeting of ICT ministers.',
    ),
  },
];
