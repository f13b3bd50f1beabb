import type { CreateInstrumentBody, Topic } from '../../../../contracts/documents';
import { summitDocumentReference } from '../../states';
import { workingTranslation, type TranslatedText } from '../../../../contracts/common';

/**
 * The documents of the Astana (2024) and Tianjin (2025) summits, from the project's reference file. The
 * English titles are the reference's; the Russian and Chinese titles are working translations, not the
 * official texts (marked in each source note). Dates: the HSC meetings of 4 July 2024 and 1 September 2025
 * at which they were signed or adopted. Rules are recorded only where a source states them.
 */
// The sources name the places in English; the Russian and Chinese names are the platform's.
const ASTANA = {
  date: '2024-07-04',
  place: workingTranslation('Astana', 'Астана', '阿斯塔纳'),
  url: 'https://en.inform.kz/news/sco-members-sign-key-documents-on-cooperation-including-astana-declaration-b95095/',
};
const TIANJIN = {
  date: '2025-09-01',
  place: workingTranslation('Tianjin', 'Тяньцзинь', '天津'),
  url: 'https://qazinform.com/news/20-key-documents-signed-following-2025-sco-summit-in-tianjin-0ea085',
};
type Note = readonly [en: string, ru: string, zh: string];
const TRANSLATED: Note = [
  'Russian and Chinese titles are working translations, not the official texts.',
  'Русское и китайское названия — рабочие переводы, а не официальные тексты.',
  '俄文和中文标题为工作译文，并非正式文本。',
];
const UNSIGNED: Note = ['Adopted without signing.', 'Принят без подписания.', '未经签署而通过。'];
const NEEDS_PROTOCOL: Note = [
  'Also requires the protocol amending the Charter to be in force (http://government.ru/docs/all/160742/?page=2).',
  'Также требуется, чтобы вступил в силу протокол о внесении изменений в Хартию (http://government.ru/docs/all/160742/?page=2).',
  '还需修改《宪章》的议定书生效（http://government.ru/docs/all/160742/?page=2）。',
];
const RULE_NOT_FOUND: Note = [
  'Entry-into-force rule and depositary not found in the sources.',
  'Правило вступления в силу и депозитарий в источниках не найдены.',
  '来源中未找到生效规则和保存机构。',
];

/** Notes in English joined as the sources give them, with the platform's Russian and Chinese. */
function joinNotes(notes: readonly Note[]): TranslatedText {
  return workingTranslation(
    notes.map((n) => n[0]).join(' '),
    notes.map((n) => n[1]).join(' '),
    notes.map((n) => n[2]).join(''),
  );
}

/** [English title in the reference, Russian, Chinese, topics]. */
const TRANSLATIONS: Record<string, [string, string, Topic[]]> = {
  'Astana Declaration of the Council of Heads of State of the SCO': [
    'Астанинская декларация Совета глав государств – членов ШОС',
    '上海合作组织成员国元首理事会阿斯塔纳宣言',
    ['institutional', 'security', 'economy'],
  ],
  'Decision on granting the Republic of Belarus the status of SCO member state': [
    'Решение о предоставлении Республике Беларусь статуса государства – члена ШОС',
    '关于给予白俄罗斯共和国上海合作组织成员国地位的决议',
    ['membership'],
  ],
  'Decision approving the SCO Initiative on World Unity for Just Peace, Harmony and Development': [
    'Решение об утверждении Инициативы ШОС о всемирном единении за справедливый мир, согласие и развитие',
    '关于批准上合组织"世界团结促进公正和平、和谐与发展"倡议的决议',
    ['security'],
  ],
  'Decision on the draft SCO Development Strategy until 2035': [
    'Решение о проекте Стратегии развития ШОС до 2035 года',
    '关于上合组织2035年前发展战略草案的决议',
    ['institutional'],
  ],
  'Decision on proposals of the Council of Foreign Ministers on improving SCO activities': [
    'Решение о предложениях Совета министров иностранных дел по совершенствованию деятельности ШОС',
    '关于外交部长理事会完善上合组织工作建议的决议',
    ['institutional'],
  ],
  'Decision approving the Programme of Cooperation of SCO Member States in Countering Terrorism, Separatism and Extremism for 2025-2027':
    [
      'Решение об утверждении Программы сотрудничества государств – членов ШОС в борьбе с терроризмом, сепаратизмом и экстремизмом на 2025–2027 годы',
      '关于批准上合组织成员国2025—2027年打击恐怖主义、分裂主义和极端主义合作纲要的决议',
      ['security'],
    ],
  'Decision approving the SCO Anti-Drug Strategy for 2024-2029 and the Action Programme for its implementation':
    [
      'Решение об утверждении Антинаркотической стратегии ШОС на 2024–2029 годы и Программы действий по её реализации',
      '关于批准上合组织2024—2029年禁毒战略及其落实行动计划的决议',
      ['drugs', 'security'],
    ],
  'Decision approving the Strategy for the Development of Energy Cooperation of SCO Member States until 2030':
    [
      'Решение об утверждении Стратегии развития энергетического сотрудничества государств – членов ШОС до 2030 года',
      '关于批准上合组织成员国2030年前能源合作发展战略的决议',
      ['energy', 'economy'],
    ],
  'Decision approving the Action Plan for implementing the SCO Economic Development Strategy until 2030': [
    'Решение об утверждении Плана действий по реализации Стратегии экономического развития ШОС до 2030 года',
    '关于批准落实上合组织2030年前经济发展战略行动计划的决议',
    ['economy'],
  ],
  'Decision on the Association of Investors of SCO Member States': [
    'Решение об Ассоциации инвесторов государств – членов ШОС',
    '关于上合组织成员国投资者协会的决议',
    ['economy', 'finance'],
  ],
  'Decision approving the Programme for developing cooperation of SCO member states on protected natural areas and eco-tourism':
    [
      'Решение об утверждении Программы развития сотрудничества государств – членов ШОС в области особо охраняемых природных территорий и экотуризма',
      '关于批准上合组织成员国自然保护区和生态旅游合作发展纲要的决议',
      ['environment', 'tourism'],
    ],
  'Decision declaring Qingdao (China) the SCO Tourism and Cultural Capital for 2024-2025': [
    'Решение об объявлении города Циндао (Китай) туристической и культурной столицей ШОС на 2024–2025 годы',
    '关于宣布青岛（中国）为2024—2025年上合组织旅游和文化之都的决议',
    ['culture', 'tourism'],
  ],
  'Decision approving the Roadmap on strengthening interaction between SCO member states and SCO dialogue partners':
    [
      'Решение об утверждении Дорожной карты по укреплению взаимодействия государств – членов ШОС с партнёрами ШОС по диалогу',
      '关于批准加强上合组织成员国与对话伙伴互动路线图的决议',
      ['institutional', 'membership'],
    ],
  'Decision on mechanisms of financial support for SCO project activities': [
    'Решение о механизмах финансового обеспечения проектной деятельности ШОС',
    '关于上合组织项目活动融资保障机制的决议',
    ['finance', 'economy'],
  ],
  'Decision on signing a Memorandum of Understanding between the SCO Secretariat and the Central Asian Regional Information and Coordination Centre for combating illicit trafficking in narcotic drugs (CARICC)':
    [
      'Решение о подписании Меморандума о взаимопонимании между Секретариатом ШОС и Центральноазиатским региональным информационным координационным центром по борьбе с незаконным оборотом наркотиков (ЦАРИКЦ)',
      '关于签署上合组织秘书处与中亚打击非法贩运麻醉药品区域信息协调中心谅解备忘录的决议',
      ['drugs', 'security'],
    ],
  'Decision on the Plan of Interaction of SCO Member States on ensuring international information security': [
    'Решение о Плане взаимодействия государств – членов ШОС по обеспечению международной информационной безопасности',
    '关于上合组织成员国保障国际信息安全协作计划的决议',
    ['information_security', 'security'],
  ],
  'Decision on the SCO Secretary-General (2025-2027)': [
    'Решение о Генеральном секретаре ШОС (2025–2027)',
    '关于上合组织秘书长（2025—2027年）的决议',
    ['institutional'],
  ],
  'Decision on the Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure': [
    'Решение о Директоре Исполнительного комитета Региональной антитеррористической структуры ШОС',
    '关于上合组织地区反恐怖机构执行委员会主任的决议',
    ['institutional', 'security'],
  ],
  'Decision on the report of the SCO Secretary-General on the activities of the SCO over the past year': [
    'Решение о докладе Генерального секретаря ШОС о деятельности Организации за прошедший год',
    '关于上合组织秘书长关于本组织过去一年工作报告的决议',
    ['institutional'],
  ],
  'Decision on the report of the RATS Council on the activities of the SCO RATS in 2023': [
    'Решение о докладе Совета РАТС о деятельности РАТС ШОС в 2023 году',
    '关于地区反恐怖机构理事会关于2023年工作报告的决议',
    ['institutional', 'security'],
  ],
  'Statement of the Council of Heads of State on the principles of good-neighbourliness, trust and partnership':
    [
      'Заявление Совета глав государств о принципах добрососедства, доверия и партнёрства',
      '元首理事会关于睦邻、互信和伙伴关系原则的声明',
      ['security'],
    ],
  'Statement of the Council of Heads of State on safe drinking water and sanitation': [
    'Заявление Совета глав государств о безопасной питьевой воде и санитарии',
    '元首理事会关于安全饮用水和环境卫生的声明',
    ['environment', 'health'],
  ],
  'Statement of the Council of Heads of State on effective waste management': [
    'Заявление Совета глав государств об эффективном обращении с отходами',
    '元首理事会关于有效废物管理的声明',
    ['environment'],
  ],
  'Agreement between the Governments of the SCO Member States on cooperation in the field of environmental protection':
    [
      'Соглашение между правительствами государств – членов ШОС о сотрудничестве в области охраны окружающей среды',
      '上合组织成员国政府间环境保护合作协定',
      ['environment'],
    ],
  'Tianjin Declaration of the Council of Heads of State of the SCO': [
    'Тяньцзиньская декларация Совета глав государств – членов ШОС',
    '上海合作组织成员国元首理事会天津宣言',
    ['institutional', 'security', 'economy'],
  ],
  'Decision approving the SCO Development Strategy until 2035, the Programme of Cooperation in Countering Extremist Ideology for 2026-2030 and the Roadmap for implementing the SCO Energy Cooperation Development Strategy until 2030':
    [
      'Решение об утверждении Стратегии развития ШОС до 2035 года, Программы сотрудничества в противодействии идеологии экстремизма на 2026–2030 годы и Дорожной карты реализации Стратегии развития энергетического сотрудничества ШОС до 2030 года',
      '关于批准上合组织2035年前发展战略、2026—2030年打击极端主义意识形态合作纲要和落实上合组织2030年前能源合作发展战略路线图的决议',
      ['institutional', 'security', 'energy'],
    ],
  "Decision on granting the Lao People's Democratic Republic SCO dialogue partner status": [
    'Решение о предоставлении Лаосской Народно-Демократической Республике статуса партнёра ШОС по диалогу',
    '关于给予老挝人民民主共和国上合组织对话伙伴地位的决议',
    ['membership'],
  ],
  'Decision on the SCO obtaining observer status at the Commonwealth of Independent States': [
    'Решение о получении ШОС статуса наблюдателя при Содружестве Независимых Государств',
    '关于上合组织获得独立国家联合体观察员地位的决议',
    ['institutional'],
  ],
  "Decision on the 'SCO partner' status (merging observer and dialogue partner statuses)": [
    'Решение о статусе «партнёр ШОС» (объединение статусов наблюдателя и партнёра по диалогу)',
    '关于"上合组织伙伴"地位（合并观察员和对话伙伴地位）的决议',
    ['membership', 'institutional'],
  ],
  'Decision declaring Cholpon-Ata (Kyrgyz Republic) the SCO Tourism and Cultural Capital for 2025-2026': [
    'Решение об объявлении города Чолпон-Ата (Кыргызская Республика) туристической и культурной столицей ШОС на 2025–2026 годы',
    '关于宣布乔尔蓬阿塔（吉尔吉斯共和国）为2025—2026年上合组织旅游和文化之都的决议',
    ['culture', 'tourism'],
  ],
  'Decision authorising the Secretary-General to sign a Protocol to the 2004 SCO-PRC agreement on the conditions of stay of the Secretariat and an MoU with the Roscongress Foundation':
    [
      'Решение о поручении Генеральному секретарю подписать Протокол к Соглашению 2004 года между ШОС и КНР об условиях пребывания Секретариата и Меморандум с Фондом «Росконгресс»',
      '关于授权秘书长签署2004年上合组织与中华人民共和国关于秘书处驻在条件协定的议定书及与"罗斯国会"基金会谅解备忘录的决议',
      ['institutional'],
    ],
  'Decision approving the reports of the Secretary-General and of the RATS Council': [
    'Решение об утверждении докладов Генерального секретаря и Совета РАТС',
    '关于批准秘书长和地区反恐怖机构理事会报告的决议',
    ['institutional', 'security'],
  ],
  'Agreement among SCO Member States on the SCO Anti-Drug Centre (Dushanbe)': [
    'Соглашение между государствами – членами ШОС об Антинаркотическом центре ШОС (Душанбе)',
    '上合组织成员国关于上合组织禁毒中心（杜尚别）的协定',
    ['drugs', 'security', 'institutional'],
  ],
  'Agreement on the Universal Centre for Countering Challenges and Threats to the Security of SCO Member States (Tashkent, within RATS)':
    [
      'Соглашение об Универсальном центре по противодействию вызовам и угрозам безопасности государств – членов ШОС (Ташкент, в рамках РАТС)',
      '关于上合组织成员国应对安全挑战和威胁综合中心（塔什干，地区反恐怖机构框架内）的协定',
      ['security', 'institutional'],
    ],
};

const KIND: Record<string, CreateInstrumentBody['kind']> = {
  declaration: 'declaration',
  decision: 'decision',
  statement: 'statement',
  agreement: 'agreement',
  intergovernmental_agreement: 'agreement',
};

type RefDoc = { title_en: string; kind: string; adoption: string };

function build(doc: RefDoc, summit: typeof ASTANA): CreateInstrumentBody {
  const t = TRANSLATIONS[doc.title_en];
  if (!t) throw new Error(`No translation for ${doc.title_en}`);
  const kind = KIND[doc.kind];
  if (!kind) throw new Error(`Unknown kind ${doc.kind}`);
  const signed = doc.adoption === 'signed';
  const universal = doc.title_en.startsWith('Agreement on the Universal Centre');
  // Decisions and declarations of the HSC take effect when signed. The rules of the agreements are known
  // only for the Universal Centre (30 days after the last notification, and not before the protocol
  // amending the Charter is in force; that protocol is not in the reference data yet).
  const entryIntoForce: CreateInstrumentBody['entryIntoForce'] = universal
    ? { rule: 'after_notifications', count: 'all', days: 30 }
    : kind === 'decision' || kind === 'declaration'
      ? { rule: 'on_signature' }
      : null;
  const notes = [TRANSLATED];
  if (!signed) notes.push(UNSIGNED);
  if (universal) notes.push(NEEDS_PROTOCOL);
  if (kind === 'agreement' && !universal) notes.push(RULE_NOT_FOUND);
  return {
    kind,
    title: { en: doc.title_en, ru: t[0], zh: t[1] },
    // Intergovernmental agreements are signed by governments; the reference names no adopting body for them.
    adoptedBy: kind === 'agreement' ? {} : { body: 'HSC' },
    adoptedAt: summit.date,
    signedAt: signed ? summit.date : undefined,
    signedPlace: signed ? summit.place : undefined,
    depositary: 'secretariat',
    entryIntoForce,
    classification: 'public',
    topics: t[2],
    related: [],
    source: { url: summit.url, note: joinNotes(notes) },
  };
}

/**
 * The Charter (sco-facts.md §1.2 notes and §2.1, marked [C]): signed in St Petersburg on 7 June 2002, in
 * force on 19 September 2003. Its depositary (the People's Republic of China) is marked [U] in §2.8: kept,
 * and said so in the note. The English title is the one the reference uses; the Russian and Chinese titles
 * and place names are the platform's.
 */
const CHARTER_SOURCE = 'http://www.adilet.zan.kz/rus/docs/Z030000465_/compare';
export const CHARTER: CreateInstrumentBody = {
  kind: 'charter',
  title: {
    en: 'Charter of the Shanghai Cooperation Organisation',
    ru: 'Хартия Шанхайской организации сотрудничества',
    zh: '上海合作组织宪章',
  },
  adoptedBy: { body: 'HSC' },
  signedAt: '2002-06-07',
  signedPlace: workingTranslation('St Petersburg', 'Санкт-Петербург', '圣彼得堡'),
  depositary: 'CN',
  entryIntoForce: { rule: 'known_date', date: '2003-09-19', source: CHARTER_SOURCE },
  classification: 'public',
  topics: ['institutional'],
  related: [],
  source: {
    url: CHARTER_SOURCE,
    note: joinNotes([
      TRANSLATED,
      [
        "Depositary: the People's Republic of China, unverified (sco-facts.md §2.8). Signatures by state not yet recorded.",
        'Депозитарий: Китайская Народная Республика, не проверено (sco-facts.md §2.8). Подписи государств ещё не внесены.',
        '保存机构：中华人民共和国，未经核实（sco-facts.md §2.8）。各国签署情况尚未录入。',
      ],
    ]),
  },
};

export function summitDocuments(): CreateInstrumentBody[] {
  return [
    CHARTER,
    ...summitDocumentReference.astana2024.map((d) => build(d, ASTANA)),
    ...summitDocumentReference.tianjin2025.map((d) => build(d, TIANJIN)),
  ];
}
