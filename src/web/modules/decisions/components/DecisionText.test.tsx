import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { DecisionText } from './DecisionText';

const title = { en: 'On cooperation', ru: 'О сотрудничестве', zh: '关于合作' };

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('DecisionText', () => {
  it("shows the reader's language first and marks it as a working translation", () => {
    render(
      <DecisionText
        title={title}
        text={{ en: 'English text', ru: 'Русский текст', zh: '中文文本' }}
        authenticLanguages={['ru', 'zh']}
      />,
    );
    expect(screen.getByTestId('decision-text').getAttribute('lang')).toBe('en');
    expect(screen.getByText('English: working translation')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Русский\s*·\s*authentic$/ })).toBeTruthy();
  });

  it('switches to an authentic version on request', () => {
    render(
      <DecisionText
        title={title}
        text={{ en: 'English text', ru: 'Русский текст', zh: '中文文本' }}
        authenticLanguages={['ru', 'zh']}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^中文\s*·\s*authentic$/ }));
    expect(screen.getByTestId('decision-text').getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('中文文本')).toBeTruthy();
    expect(screen.getByText('中文: authentic text')).toBeTruthy();
  });

  it("falls back to an authentic version when there is no text in the reader's language", () => {
    render(
      <DecisionText
        title={title}
        text={{ en: '', ru: 'Русский текст', zh: '中文文本' }}
        authenticLanguages={['ru', 'zh']}
      />,
    );
    expect(screen.getByTestId('decision-text').getAttribute('lang')).toBe('ru');
    expect(screen.getByText('Русский текст')).toBeTruthy();
  });
});
