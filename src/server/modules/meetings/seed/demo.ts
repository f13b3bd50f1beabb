import type { SeedMeeting } from './events';

function addDays(day: Date, days: number): string {
  return new Date(day.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Demo meetings, dated from the day the demo is first loaded so that they stay in the future for a
 * while. Titles start with "Demo" so nobody mistakes them for real SCO business.
 */
export function demoMeetings(today: Date): SeedMeeting[] {
  return [
    {
      key: 'demo-cnc',
      kind: 'national_coordinators',
      level: 'senior_officials',
      body: 'CNC',
      title: {
        en: 'Demo: meeting of the Council of National Coordinators',
        ru: 'Демо: заседание Совета национальных координаторов',
        zh: '演示：国家协调员理事会会议',
      },
      hostState: 'KG',
      city: { en: 'Bishkek', ru: 'Бишкек', zh: '比什凯克' },
      timeZone: 'Asia/Bishkek',
      startDate: addDays(today, 30),
      endDate: addDays(today, 31),
      startTime: '10:00',
      endTime: '17:00',
      visibility: 'restricted',
      source: null,
    },
    {
      key: 'demo-expert-digital',
      kind: 'expert_group',
      level: 'expert',
      body: null,
      title: {
        en: 'Demo: expert group on the digital economy',
        ru: 'Демо: экспертная группа по цифровой экономике',
        zh: '演示：数字经济专家组',
      },
      hostState: 'KZ',
      city: { en: 'Almaty', ru: 'Алматы', zh: '阿拉木图' },
      timeZone: 'Asia/Almaty',
      startDate: addDays(today, 45),
      endDate: addDays(today, 45),
      startTime: '09:30',
      endTime: '18:00',
      visibility: 'public',
      source: null,
    },
  ];
}
