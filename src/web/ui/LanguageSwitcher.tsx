import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useLanguage } from './useLanguage';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const current = useLanguage();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('common:language.label')}</label>
      <select id={id} value={current.code} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.autonym}
          </option>
        ))}
      </select>
    </div>
  );
}
