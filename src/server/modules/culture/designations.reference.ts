import type { DesignationDto } from '../../../contracts/culture';
import { workingTranslation as w } from '../../../contracts/common';

/**
 * Sourced designations (issue 11 pt 7), only what sco-facts.md §3.3 supports. No position is given
 * where no source gives one (geometry null); no tourist territory is seeded (none is confirmed).
 * Russian and Chinese are the platform's working translations. Ids are stable so reseeding adds nothing.
 */
const WONDERS_SOURCE =
  'sco-facts.md §3.3: SCO Secretariat project presented on 21 June 2019 (http://eng.sectsco.org/news/20190628/557732.html)';
const CAPITALS_SOURCE =
  'sco-facts.md §3.3 (https://astanatimes.com/2023/04/almaty-becomes-sco-cultural-and-tourism-capital-for-2023-2024/; https://www.eastcoastdaily.in/2022/09/17/varanasi-selected-as-first-sco-tourism-cultural-capital.html)';
const FESTIVAL_SOURCE =
  'sco-facts.md §3.3: first edition in Almaty in 2024 (https://check-point.kz/publication?id=6205)';

type Seed = Pick<
  DesignationDto,
  'id' | 'programme' | 'name' | 'states' | 'period' | 'designatedOn' | 'source'
>;

const wonder = (id: string, state: string, name: DesignationDto['name']): Seed => ({
  id: `eight_wonders_${id}`,
  programme: 'eight_wonders',
  name,
  states: [state],
  period: null,
  designatedOn: '2019-06-21',
  source: WONDERS_SOURCE,
});
const capital = (id: string, state: string, name: DesignationDto['name'], from: number): Seed => ({
  id: `capital_${from}_${id}`,
  programme: 'capital',
  name,
  states: [state],
  period: { from, to: from + 1 },
  designatedOn: null,
  source: id === 'qingdao' ? `${CAPITALS_SOURCE}; sco-facts.md §3.2 item 12` : CAPITALS_SOURCE,
});

export const REFERENCE_DESIGNATIONS: Seed[] = [
  wonder('statue_of_unity', 'IN', w('Statue of Unity', 'Статуя Единства', '团结雕像')),
  wonder('tamgaly', 'KZ', w('Tamgaly', 'Тамгалы', '坦姆加利')),
  wonder('daming_palace', 'CN', w('Daming Palace', 'Дворец Дамингун', '大明宫')),
  wonder('issyk_kul', 'KG', w('Issyk-Kul', 'Иссык-Куль', '伊塞克湖')),
  wonder('mughal_heritage', 'PK', w('Mughal heritage', 'Наследие Великих Моголов', '莫卧儿遗产')),
  wonder('golden_ring', 'RU', w('Golden Ring', 'Золотое кольцо', '金环')),
  wonder('navruz_palace', 'TJ', w('Navruz Palace', 'Дворец Навруз', '纳乌鲁兹宫')),
  wonder('bukhara', 'UZ', w('Bukhara', 'Бухара', '布哈拉')),
  capital('varanasi', 'IN', w('Varanasi', 'Варанаси', '瓦拉纳西'), 2022),
  capital('almaty', 'KZ', w('Almaty', 'Алматы', '阿拉木图'), 2023),
  capital('qingdao', 'CN', w('Qingdao', 'Циндао', '青岛'), 2024),
  capital('cholpon_ata', 'KG', w('Cholpon-Ata', 'Чолпон-Ата', '乔尔蓬阿塔'), 2025),
  {
    id: 'silk_road_festival_2024',
    programme: 'silk_road_festival',
    name: w(
      'Silk Road SCO festival 2024, Almaty',
      'Фестиваль «Шёлковый путь ШОС» 2024, Алматы',
      '2024年“上合丝绸之路”音乐节，阿拉木图',
    ),
    states: ['KZ'],
    period: { from: 2024, to: 2024 },
    designatedOn: null,
    source: FESTIVAL_SOURCE,
  },
];
