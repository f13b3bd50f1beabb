import type { WorkingTranslations } from '../../../core/db/translated';

const TABLE = 'Dates from the summit-history table of sco-facts.md §2.7 (marked [C]).';
const TABLE_RU = 'Даты из таблицы истории саммитов, sco-facts.md §2.7 (отмечены [C]).';
const TABLE_ZH = '日期取自 sco-facts.md §2.7 峰会历史表（标记为 [C]）。';

/** A note that starts with the summit-table sentence, in the three languages. */
const fromTable = (en: string, ru: string, zh: string): [string, readonly [string, string]] => [
  `${TABLE} ${en}`,
  [`${TABLE_RU} ${ru}`, `${TABLE_ZH}${zh}`],
];

/**
 * Russian and Chinese versions of the English source notes of the seeded meetings. The sources give
 * them in English: both versions are the platform's working translation, shown marked (ADR 0079).
 */
export const MEETINGS_TRANSLATIONS: WorkingTranslations = Object.fromEntries([
  [TABLE, [TABLE_RU, TABLE_ZH]],
  [
    'The Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation was signed here.',
    [
      'Здесь подписан Договор о долгосрочном добрососедстве, дружбе и сотрудничестве.',
      '《长期睦邻友好合作条约》在此签署。',
    ],
  ],
  fromTable(
    'The source gives HSC Decision No. 1 of 11 June 2010 (Tashkent), the Regulations on admitting new members.',
    'Источник приводит Решение СГГ № 1 от 11 июня 2010 года (Ташкент) — Положение о порядке приёма новых членов.',
    '来源列出2010年6月11日元首理事会第1号决定（塔什干），即接收新成员条例。',
  ),
  fromTable(
    "The source reports Afghanistan's admission as observer at this summit.",
    'Источник сообщает о предоставлении Афганистану статуса наблюдателя на этом саммите.',
    '来源报道阿富汗在本次峰会上获得观察员地位。',
  ),
  fromTable(
    'The source gives HSC Decisions No. 1 and No. 2 of 12 September 2014 (memorandum of obligations; granting member status).',
    'Источник приводит Решения СГГ № 1 и № 2 от 12 сентября 2014 года (меморандум об обязательствах; предоставление статуса члена).',
    '来源列出2014年9月12日元首理事会第1号和第2号决定（义务备忘录；给予成员国地位）。',
  ),
  fromTable(
    'India and Pakistan signed their memoranda of obligations here.',
    'Здесь Индия и Пакистан подписали меморандумы об обязательствах.',
    '印度和巴基斯坦在此签署了义务备忘录。',
  ),
  [
    'India and Pakistan were granted member status on 9 June.',
    ['Индии и Пакистану предоставлен статус члена 9 июня.', '印度和巴基斯坦于6月9日获得成员国地位。'],
  ],
  fromTable(
    'The table cites no link for this row.',
    'Для этой строки таблица не приводит ссылки.',
    '该表此行未引用链接。',
  ),
  [
    'Held by videoconference, chaired by Russia.',
    [
      'Проведён в формате видеоконференции под председательством России.',
      '以视频会议形式举行，由俄罗斯主持。',
    ],
  ],
  [
    "Iran's admission procedure was launched here.",
    ['Здесь начата процедура приёма Ирана.', '伊朗的接收程序在此启动。'],
  ],
  fromTable(
    'Iran signed its memorandum of obligations on 16 September.',
    'Иран подписал меморандум об обязательствах 16 сентября.',
    '伊朗于9月16日签署了义务备忘录。',
  ),
  [
    'Virtual summit chaired by India; Iran became a member state.',
    [
      'Виртуальный саммит под председательством Индии; Иран стал государством-членом.',
      '印度主持的视频峰会；伊朗成为成员国。',
    ],
  ],
  [
    '24th meeting of the HSC, Palace of Independence. Opened with the signing of the decision admitting Belarus.',
    [
      '24-е заседание СГГ, Дворец Независимости. Открылось подписанием решения о приёме Беларуси.',
      '元首理事会第24次会议，独立宫。会议以签署接收白俄罗斯的决定开幕。',
    ],
  ],
  [
    'Invited heads: Azerbaijan, Qatar, Mongolia, Türkiye, the UAE and Turkmenistan (not a state the platform lists); organisations: the UN Secretary-General, CSTO, CIS, EEC, IOFS, CICA and ECO.',
    [
      'Приглашённые главы: Азербайджан, Катар, Монголия, Турция, ОАЭ и Туркменистан (платформа его не ведёт); организации: Генеральный секретарь ООН, ОДКБ, СНГ, ЕЭК, ИОПБ, СВМДА и ОЭС.',
      '受邀元首：阿塞拜疆、卡塔尔、蒙古、土耳其、阿联酋和土库曼斯坦（本平台未列出的国家）；组织：联合国秘书长、集安组织、独联体、欧亚经济委员会、伊斯兰粮食安全组织、亚信和经济合作组织。',
    ],
  ],
  [
    '25th meeting of the HSC. The "SCO partner" status replaced the observer and dialogue-partner statuses on 1 September.',
    [
      '25-е заседание СГГ. 1 сентября статус «партнёр ШОС» заменил статусы наблюдателя и партнёра по диалогу.',
      '元首理事会第25次会议。9月1日，"上合组织伙伴"地位取代了观察员和对话伙伴地位。',
    ],
  ],
  [
    'Memoranda on dialogue-partner status of Kuwait, the UAE, Myanmar and the Maldives.',
    [
      'Меморандумы о статусе партнёра по диалогу Кувейта, ОАЭ, Мьянмы и Мальдив.',
      '关于科威特、阿联酋、缅甸和马尔代夫对话伙伴地位的备忘录。',
    ],
  ],
  [
    'First held in Kazakhstan, with a meeting of ICT ministers.',
    [
      'Впервые проведён в Казахстане, вместе с совещанием министров ИКТ.',
      '首次在哈萨克斯坦举行，同时举行信息通信技术部长会议。',
    ],
  ],
]);
