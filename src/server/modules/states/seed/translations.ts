import type { WorkingTranslations } from '../../../core/db/translated';

/**
 * Russian and Chinese versions of the English source notes and summit names of the reference data.
 * The sources give these notes in English only: both versions are the platform's working translation
 * and are shown marked as such (ADR 0079).
 */
export const STATES_TRANSLATIONS: WorkingTranslations = {
  // Seats of the permanent bodies.
  Beijing: ['Пекин', '北京'],
  Tashkent: ['Ташкент', '塔什干'],
  'Founding member: the SCO was proclaimed on 2001-06-15; the Charter entered into force on 2003-09-19.': [
    'Государство-основатель: ШОС провозглашена 15.06.2001; Хартия вступила в силу 19.09.2003.',
    '创始成员国：上合组织于2001年6月15日宣布成立；《宪章》于2003年9月19日生效。',
  ],
  'Admission procedure launched at the Ufa summit; memorandum of obligations signed 2016-06-24 (Tashkent).': [
    'Процедура приёма начата на саммите в Уфе; меморандум об обязательствах подписан 24.06.2016 (Ташкент).',
    '接收程序于乌法峰会启动；义务备忘录于2016年6月24日签署（塔什干）。',
  ],
  'Membership granted at the Astana summit.': [
    'Статус члена предоставлен на саммите в Астане.',
    '于阿斯塔纳峰会获得成员国地位。',
  ],
  'Admission procedure launched at the Dushanbe summit; memorandum of obligations signed 2022-09-16 (Samarkand).':
    [
      'Процедура приёма начата на саммите в Душанбе; меморандум об обязательствах подписан 16.09.2022 (Самарканд).',
      '接收程序于杜尚别峰会启动；义务备忘录于2022年9月16日签署（撒马尔罕）。',
    ],
  'Membership granted at the virtual summit chaired by India.': [
    'Статус члена предоставлен на виртуальном саммите под председательством Индии.',
    '于印度主持的视频峰会上获得成员国地位。',
  ],
  'Membership granted at the Astana summit; the tenth member state.': [
    'Статус члена предоставлен на саммите в Астане; десятое государство-член.',
    '于阿斯塔纳峰会获得成员国地位；第十个成员国。',
  ],
  'first observer, granted at the 2004 Tashkent summit': [
    'первый наблюдатель, статус предоставлен на саммите в Ташкенте в 2004 году',
    '首个观察员，于2004年塔什干峰会获得该地位',
  ],
  'Tianjin summit: observer and dialogue-partner statuses merged into the single status "SCO partner".': [
    'Саммит в Тяньцзине: статусы наблюдателя и партнёра по диалогу объединены в единый статус «партнёр ШОС».',
    '天津峰会：观察员和对话伙伴地位合并为单一的"上合组织伙伴"地位。',
  ],
  'granted at the June 2012 Beijing summit; representation since 2021 unresolved': [
    'предоставлен на саммите в Пекине в июне 2012 года; вопрос о представительстве с 2021 года не решён',
    '于2012年6月北京峰会获得；2021年以来的代表权问题尚未解决',
  ],
  'decision 2009 (Yekaterinburg) not verified': [
    'решение 2009 года (Екатеринбург) не проверено',
    '2009年（叶卡捷琳堡）的决定未经核实',
  ],
  'applied for observer status in 2024': [
    'подала заявку на статус наблюдателя в 2024 году',
    '2024年申请观察员地位',
  ],
  'conflicting: MoU reported signed at Samarkand Sept 2022; Saudi cabinet approval reported 2023-03-29': [
    'сведения расходятся: сообщалось о подписании меморандума в Самарканде в сентябре 2022 года; об одобрении правительством Саудовской Аравии сообщалось 29.03.2023',
    '信息不一致：据报道谅解备忘录于2022年9月在撒马尔罕签署；据报道沙特内阁于2023年3月29日批准',
  ],
  'memorandum signed at Goa CFM 4-5 May 2023': [
    'меморандум подписан на СМИД в Гоа 4–5 мая 2023 года',
    '备忘录于2023年5月4—5日果阿外长理事会会议期间签署',
  ],
  'Admitted at Tianjin on the day the statuses were merged; the declaration still says "dialogue partner"; memorandum pending.':
    [
      'Принята в Тяньцзине в день объединения статусов; в декларации по-прежнему сказано «партнёр по диалогу»; меморандум ещё не подписан.',
      '于天津在地位合并当日获接纳；宣言仍称"对话伙伴"；备忘录尚待签署。',
    ],
  'Supreme body; meets once a year (the summit).': [
    'Высший орган; заседает раз в год (саммит).',
    '最高机构；每年举行一次会议（峰会）。',
  ],
  'Adopts the budget; economic cooperation.': [
    'Утверждает бюджет; экономическое сотрудничество.',
    '批准预算；经济合作。',
  ],
  'Current activities; prepares the summit.': [
    'Текущая деятельность; подготовка саммита.',
    '日常活动；筹备峰会。',
  ],
  'Coordinates current activity; prepares summit documents.': [
    'Координирует текущую деятельность; готовит документы саммита.',
    '协调日常活动；筹备峰会文件。',
  ],
  'Sectoral cooperation: energy, culture, ICT and others.': [
    'Отраслевое сотрудничество: энергетика, культура, ИКТ и другие.',
    '行业合作：能源、文化、信息通信技术等。',
  ],
  'Main permanent executive body; depositary of documents.': [
    'Основной постоянно действующий исполнительный орган; депозитарий документов.',
    '主要常设行政机构；文件保存机构。',
  ],
  'Council and Executive Committee in Tashkent.': [
    'Совет и Исполнительный комитет в Ташкенте.',
    '理事会和执行委员会设在塔什干。',
  ],
  'sco-facts.md §2.7: India chaired 2022-23 and hosted the virtual summit of 2023-07-04.': [
    'sco-facts.md §2.7: Индия председательствовала в 2022–2023 годах и провела виртуальный саммит 04.07.2023.',
    'sco-facts.md §2.7：印度于2022—2023年担任主席国，并于2023年7月4日主办视频峰会。',
  ],
  'Summit date in 2026 not found.': ['Дата саммита в 2026 году не найдена.', '未找到2026年峰会日期。'],
  'Announced by Pakistan; unconfirmed.': [
    'Объявлено Пакистаном; не подтверждено.',
    '由巴基斯坦宣布；未经证实。',
  ],
  '2023-07-04 virtual': ['04.07.2023, виртуальный', '2023年7月4日，视频会议'],
  '2024-07-03/04 Astana': ['03–04.07.2024, Астана', '2024年7月3—4日，阿斯塔纳'],
  '2025-08-31/09-01 Tianjin': ['31.08–01.09.2025, Тяньцзинь', '2025年8月31日—9月1日，天津'],
  '2026 Bishkek (date not found)': ['2026, Бишкек (дата не найдена)', '2026年，比什凯克（日期未找到）'],
  '2027 Pakistan (reported)': ['2027, Пакистан (по сообщениям)', '2027年，巴基斯坦（据报道）'],
};
