import { useTranslation } from 'react-i18next';

const PREFIX = 'action.';

/**
 * Readable names of audited actions. scripts/i18n-check.ts requires a label for every action the server
 * audits, so the catalog's keys are also the list of actions to filter by.
 */
export function useActionLabel() {
  const { t, i18n } = useTranslation('audit');
  const language = i18n.resolvedLanguage ?? 'en';
  const bundle = (i18n.getResourceBundle(language, 'audit') ?? {}) as Record<string, string>;
  return {
    language,
    all: Object.keys(bundle)
      .filter((k) => k.startsWith(PREFIX))
      .map((k) => k.slice(PREFIX.length)),
    // An action audited before it was renamed keeps its code rather than vanishing.
    label: (action: string) => t(`audit:action.${action}`, { defaultValue: action }),
  };
}
