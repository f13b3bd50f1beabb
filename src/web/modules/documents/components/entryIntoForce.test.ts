import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../../contracts/documents';
import { i18n } from '../../../i18n';
import { explainEntryIntoForce } from './entryIntoForce';

const TODAY = '2026-11-26';

function explain(explanation: Explanation, language: string, today = TODAY): string {
  return explainEntryIntoForce(explanation, i18n.getFixedT(language), language, today);
}

const afterLast: Explanation = {
  key: 'eif.after_last_notification',
  params: { date: '2025-03-02', days: 30, count: 10, received: '2025-01-31', base: '2025-03-02' },
  text: 'In force since 2 March 2025: 30 days after the last of 10 notifications, received 31 January 2025.',
};

describe('explainEntryIntoForce', () => {
  it('tells an entry into force after the last notification with dates in the reader language', () => {
    expect(explain(afterLast, 'en')).toBe(
      'In force since 2 March 2025: 30 days after the last of 10 notifications, received 31 January 2025.',
    );
    expect(explain(afterLast, 'ru')).toBe(
      'В силе с 2 марта 2025 г.: через 30 дней после последнего из 10 уведомлений, полученного 31 января 2025 г.',
    );
    expect(explain(afterLast, 'zh-CN')).toBe(
      '自2025年3月2日起生效：2025年1月31日收到10份通知中的最后一份，30天后生效。',
    );
  });

  it('says "enters into force on" when the date is still ahead', () => {
    expect(explain(afterLast, 'en', '2025-02-15')).toBe(
      'Enters into force on 2 March 2025: 30 days after the last of 10 notifications, received 31 January 2025.',
    );
    expect(explain(afterLast, 'ru', '2025-02-15')).toMatch(/^Вступает в силу 2 марта 2025 г\.:/);
    expect(explain(afterLast, 'zh-CN', '2025-02-15')).toMatch(/^将于2025年3月2日生效：/);
  });

  it('is in force on the day itself', () => {
    expect(explain(afterLast, 'en', '2025-03-02')).toMatch(/^In force since 2 March 2025/);
  });

  it('writes the singular and the Russian plural forms of days and notifications', () => {
    const one: Explanation = {
      ...afterLast,
      params: { date: '2025-02-01', days: 1, count: 1, received: '2025-01-31', base: '2025-02-01' },
    };
    expect(explain(one, 'en')).toBe(
      'In force since 1 February 2025: 1 day after the only notification, received 31 January 2025.',
    );
    const few = { ...afterLast, params: { ...afterLast.params, days: 3, count: 2 } };
    expect(explain(few, 'ru')).toContain('через 3 дня после последнего из 2 уведомлений');
  });

  it('names the notification that counts under an "nth notification" rule', () => {
    const nth: Explanation = { ...afterLast, key: 'eif.after_nth_notification' };
    expect(explain(nth, 'en')).toBe(
      'In force since 2 March 2025: 30 days after notification No. 10, received 31 January 2025.',
    );
  });

  it('tells an instrument in force on signature in each language', () => {
    const belarus: Explanation = {
      key: 'eif.on_signature',
      params: { date: '2024-07-04' },
      text: 'In force since 4 July 2024: on signature.',
    };
    expect(explain(belarus, 'en')).toBe('In force since 4 July 2024: on signature.');
    expect(explain(belarus, 'ru')).toBe('В силе с 4 июля 2024 г.: с даты подписания.');
    expect(explain(belarus, 'zh-CN')).toBe('自2024年7月4日起生效：自签署之日起生效。');
  });

  it('counts the notifications still awaited', () => {
    const waiting: Explanation = {
      key: 'eif.waiting_notifications',
      params: { received: 3, needed: 10 },
      text: 'Not in force: 3 of 10 notifications received.',
    };
    expect(explain(waiting, 'en')).toBe('Not in force: 3 of 10 notifications received.');
    expect(explain(waiting, 'zh-CN')).toBe('尚未生效：已收到10份所需通知中的3份。');
  });

  it('tells the two kinds of waiting for required instruments apart', () => {
    expect(explain({ key: 'eif.waiting_required', params: { count: 1 }, text: '' }, 'en')).toBe(
      'Not in force: 1 instrument it requires is not in force yet.',
    );
    const viaSignature: Explanation = {
      key: 'eif.after_required',
      params: { date: '2025-05-01', base: '2025-01-10' },
      text: '',
    };
    expect(explain(viaSignature, 'en')).toBe(
      'In force since 1 May 2025: when the instruments it requires entered into force, later than its signature on 10 January 2025.',
    );
    const viaNotifications: Explanation = {
      key: 'eif.after_required',
      params: { date: '2025-05-01', days: 30, count: 2, received: '2025-01-31', base: '2025-03-02' },
      text: '',
    };
    expect(explain(viaNotifications, 'en')).toContain(
      'the notifications alone would have brought it into force on 2 March 2025',
    );
  });

  it('shows a sentence this version does not know in the server English', () => {
    expect(explain({ key: 'eif.something_new', params: {}, text: 'As the server says.' }, 'ru')).toBe(
      'As the server says.',
    );
  });
});
