import type { ChecklistPart, ProgrammeDto } from '../../../contracts/culture';
import { workingTranslation as w } from '../../../contracts/common';

/**
 * The lists as data (issue 11 pt 1). Names and bodies follow sco-facts.md §3.3 and §3.2; criteria,
 * checklists and calendars are the platform's default rules (no source states them), which the
 * Secretariat may change. Translations are the platform's own, so marked `working`.
 */
const FACTS = '/work/shared/reference/sco-facts.md §3.3';

const PARTS: ChecklistPart[] = [
  { part: 'description', label: w('Description', 'Описание', '描述'), required: true },
  {
    part: 'justification',
    label: w('Justification against each criterion', 'Обоснование по каждому критерию', '对照各项标准的论证'),
    required: true,
  },
  { part: 'maps', label: w('Maps', 'Карты', '地图'), required: true },
  { part: 'photos', label: w('Photographs', 'Фотографии', '照片'), required: true },
  { part: 'management_plan', label: w('Management plan', 'План управления', '管理计划'), required: true },
  { part: 'letters', label: w('Letters of support', 'Письма поддержки', '支持信'), required: false },
];
const EVENT_PARTS: ChecklistPart[] = [
  PARTS[0]!,
  {
    part: 'programme_of_events',
    label: w('Programme of events', 'Программа мероприятий', '活动计划'),
    required: true,
  },
  { part: 'photos', label: w('Photographs', 'Фотографии', '照片'), required: false },
];

const heritage = [
  {
    code: 'value',
    text: w(
      'Outstanding value for the peoples of the SCO countries',
      'Выдающаяся ценность для народов стран ШОС',
      '对上合组织国家人民具有突出价值',
    ),
  },
  {
    code: 'authenticity',
    text: w('Authenticity and integrity', 'Подлинность и целостность', '真实性和完整性'),
  },
  {
    code: 'protection',
    text: w(
      'Legal protection and a management plan',
      'Правовая охрана и план управления',
      '法律保护和管理计划',
    ),
  },
  {
    code: 'access',
    text: w('Open to visitors', 'Доступность для посетителей', '向游客开放'),
  },
];

const calendar = (decision: ReturnType<typeof w>): ProgrammeDto['calendar'] => [
  { step: 'call_opens', monthDay: null, label: w('Call opens', 'Открытие приёма', '开始征集') },
  {
    step: 'file_deadline',
    monthDay: null,
    label: w('Nomination file deadline', 'Срок подачи досье', '申报材料截止'),
  },
  {
    step: 'evaluation',
    monthDay: null,
    label: w('Evaluation by experts', 'Экспертная оценка', '专家评估'),
  },
  { step: 'decision', monthDay: null, label: decision },
];
const byCnc = w(
  'Decision of the Council of National Coordinators',
  'Решение Совета национальных координаторов',
  '国家协调员理事会决定',
);
const byMinisters = w(
  'Decision of the meeting of ministers of culture',
  'Решение совещания министров культуры',
  '文化部长会议决定',
);

export const PROGRAMMES: ProgrammeDto[] = [
  {
    code: 'spiritual_shrines',
    name: w('Spiritual Shrines of the SCO Countries', 'Духовные святыни стран ШОС', '上合组织国家精神圣地'),
    description: w(
      'Sacred places of the member states, proposed in July 2023 (for example the Khoja Ahmed Yasawi mausoleum).',
      'Святые места государств-членов; предложено в июле 2023 года (например, мавзолей Ходжи Ахмеда Ясави).',
      '成员国的圣地，于2023年7月提出（例如霍贾·艾哈迈德·亚萨维陵墓）。',
    ),
    criteria: heritage,
    checklist: PARTS,
    calendar: calendar(byMinisters),
    body: 'MIN',
    cycle: 'open',
    source: `${FACTS}; https://www.inform.kz/en/kazakh-president-proposes-to-launch-sco-sacred-sites-project_a4086395`,
  },
  {
    code: 'eight_wonders',
    name: w('Eight Wonders of the SCO', 'Восемь чудес ШОС', '上合组织八大奇迹'),
    description: w(
      'An SCO Secretariat project presented on 21 June 2019, one place for each of the then eight member states.',
      'Проект Секретариата ШОС, представленный 21 июня 2019 года: по одному объекту от каждого из восьми тогдашних государств-членов.',
      '上合组织秘书处项目，于2019年6月21日推出，当时八个成员国各一处。',
    ),
    criteria: heritage,
    checklist: PARTS,
    calendar: calendar(byCnc),
    body: 'CNC',
    cycle: 'open',
    source: `${FACTS}; http://eng.sectsco.org/news/20190628/557732.html`,
  },
  {
    code: 'capital',
    name: w(
      'SCO Tourism and Cultural Capital',
      'Туристическая и культурная столица ШОС',
      '上合组织旅游和文化之都',
    ),
    description: w(
      'One city a year, named for the chairmanship term; the first was Varanasi (2022–2023).',
      'Один город в год, на срок председательства; первым был Варанаси (2022–2023).',
      '每年一个城市，任期与主席国任期一致；首个为瓦拉纳西（2022—2023年）。',
    ),
    criteria: [
      {
        code: 'programme',
        text: w('A programme of events for the year', 'Программа мероприятий на год', '全年活动计划'),
      },
      {
        code: 'heritage',
        text: w('Cultural and tourist heritage', 'Культурное и туристическое наследие', '文化和旅游遗产'),
      },
    ],
    checklist: EVENT_PARTS,
    calendar: calendar(
      w(
        'Decision of the Council of Heads of State (the summit)',
        'Решение Совета глав государств (саммит)',
        '元首理事会决定（峰会）',
      ),
    ),
    body: 'HSC',
    cycle: 'yearly',
    source: `${FACTS}; /work/shared/reference/sco-facts.md §3.2 item 12, §4.1`,
  },
  {
    code: 'silk_road_festival',
    name: w(
      'Silk Road SCO international music festival',
      'Международный музыкальный фестиваль «Шёлковый путь ШОС»',
      '“上合丝绸之路”国际音乐节',
    ),
    description: w(
      'Editions of the festival, each with a host city and dates; the first was held in Almaty in 2024.',
      'Выпуски фестиваля, у каждого город и даты; первый прошёл в Алматы в 2024 году.',
      '音乐节各届，每届有主办城市和日期；首届于2024年在阿拉木图举行。',
    ),
    criteria: [
      {
        code: 'programme',
        text: w('A programme of performances', 'Программа выступлений', '演出计划'),
      },
    ],
    checklist: EVENT_PARTS,
    calendar: calendar(byMinisters),
    body: 'MIN',
    cycle: 'yearly',
    source: `${FACTS}; https://check-point.kz/publication?id=6205`,
  },
  {
    code: 'tourist_territories',
    name: w(
      'Tourist territories for joint projects',
      'Туристические территории для совместных проектов',
      '联合项目旅游区',
    ),
    description: w(
      'Territories for joint tourism projects. No source confirms which territories have been identified; none is listed here until the member states decide.',
      'Территории для совместных туристических проектов. Ни один источник не подтверждает, какие территории определены; до решения государств-членов список пуст.',
      '联合旅游项目区域。尚无资料证实已确定哪些区域；在成员国作出决定前不列出任何区域。',
    ),
    criteria: heritage,
    checklist: PARTS,
    calendar: calendar(byCnc),
    body: 'CNC',
    cycle: 'open',
    source: `${FACTS} ("10 tourist territories": no evidence found)`,
  },
];
