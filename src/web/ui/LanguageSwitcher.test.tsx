import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { LANGUAGE_STORAGE_KEY } from '../i18n/languages';
import { LanguageSwitcher } from './LanguageSwitcher';

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('LanguageSwitcher', () => {
  it('offers each language under its own name', () => {
    render(<LanguageSwitcher />);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['English', 'Русский', '中文']);
  });

  it('switches the language, remembers it and sets <html lang>', () => {
    render(<LanguageSwitcher />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } });
    expect(i18n.resolvedLanguage).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(screen.getByLabelText('语言')).toBeTruthy();
  });
});
