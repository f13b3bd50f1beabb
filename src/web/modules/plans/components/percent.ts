import { languageInfo } from '../../../i18n/languages';

/**
 * A progress percentage (0-100) in the UI language: '75%', '75 %', '33.3%'. Rounded down to a tenth,
 * so that nothing short of done reads as 100%.
 */
export function formatPercent(value: number, language: string | undefined): string {
  const clamped = Math.min(100, Math.max(0, value));
  const floored = Math.floor(clamped * 10 + 1e-9) / 10;
  return new Intl.NumberFormat(languageInfo(language).intl, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(floored / 100);
}
