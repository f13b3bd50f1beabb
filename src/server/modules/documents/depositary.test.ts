import { describe, expect, it } from 'vitest';
import { noticeText } from './depositary';

const title = { en: 'Agreement', ru: 'Соглашение', zh: '协定' };
const state = { en: 'Kazakhstan', ru: 'Казахстан', zh: '哈萨克斯坦' };

describe('depositary notice texts', () => {
  it.each(['signature', 'withdrawal', 'entry_into_force'] as const)(
    'end a Russian %s notice after the date with a single full stop',
    (kind) => {
      const text = noticeText({
        kind,
        date: '2026-03-02',
        effective: '2027-03-02',
        stateName: state,
        title,
      });
      expect(text.ru).toMatch(/ г\.$/);
      expect(text.ru).not.toContain('г..');
      expect(text.en).toMatch(/\.$/);
    },
  );
});
