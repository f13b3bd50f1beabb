import { describe, expect, it } from 'vitest';
import type { MeetingDto } from '../../../../contracts/meetings';
import { meetingDraftOf, newMeetingDraft, toChanges, toCreateBody, withHost } from './meetingDraft';

describe('the meeting draft', () => {
  it('plans an all-day meeting of one day when times and end day are left empty', () => {
    const d = { ...newMeetingDraft(['KZ', 'CN']), startDate: '2027-03-10' };
    expect(toCreateBody(d)).toMatchObject({
      endDate: '2027-03-10',
      startTime: null,
      endTime: null,
      participants: ['CN', 'KZ'],
    });
    expect(toCreateBody(d)).not.toHaveProperty('body');
  });

  it("presets the host capital's zone, but keeps a zone the Secretariat chose", () => {
    const d = withHost(newMeetingDraft([]), 'KG');
    expect(d.timeZone).toBe('Asia/Bishkek');
    expect(withHost(d, 'UZ').timeZone).toBe('Asia/Tashkent');
    expect(withHost({ ...d, timeZone: 'Asia/Almaty' }, 'UZ').timeZone).toBe('Asia/Almaty');
  });

  it('sends only the fields that changed, and null to clear the body', () => {
    const m = {
      kind: 'council',
      level: 'ministerial',
      body: 'CFM',
      title: { en: 'A', ru: 'А', zh: '甲' },
      hostState: 'KZ',
      city: { en: 'Astana', ru: 'Астана', zh: '阿斯塔纳' },
      timeZone: 'Asia/Almaty',
      startDate: '2027-03-10',
      endDate: '2027-03-11',
      startTime: null,
      endTime: null,
      participants: ['KZ', 'CN'],
      visibility: 'restricted',
    } as unknown as MeetingDto;
    const before = meetingDraftOf(m);
    expect(toChanges(before, before)).toEqual({});
    expect(toChanges(before, { ...before, body: '', startTime: '09:00', endTime: '18:00' })).toEqual({
      body: null,
      startTime: '09:00',
      endTime: '18:00',
    });
  });
});
