import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../../contracts/transport';
import { useRangeText } from './useRangeText';

/**
 * A figure of the planner's answer with where it comes from: published (its source), estimated (its
 * method) or unknown (why). The note folds away so that a table of figures stays readable.
 */
export function FigureText({ figure, unit, digits }: { figure: Figure; unit: string; digits?: number }) {
  const { t } = useTranslation('transport');
  const range = useRangeText();
  if (figure.kind === 'unknown')
    return (
      <span className="figure--unknown" data-figure="unknown">
        {t('transport:unknown')}
        <details className="figure-note">
          <summary>{t('transport:figure.why')}</summary>
          {figure.reason}
        </details>
      </span>
    );
  return (
    <span data-figure={figure.kind}>
      {t('transport:figure.value', { value: range(figure, digits), unit })}
      <details className="figure-note">
        <summary>
          {figure.kind === 'published' ? t('transport:figure.published') : t('transport:figure.estimated')}
        </summary>
        {figure.kind === 'published' ? figure.source : figure.method}
      </details>
    </span>
  );
}

/** A sourced figure of the registry (a link's km or hours): null is unknown, never zero. */
export function RegistryValue({
  value,
  unit,
  digits,
}: {
  value: number | null;
  unit: string;
  digits?: number;
}) {
  const { t } = useTranslation('transport');
  const range = useRangeText();
  if (value === null) return <span className="figure--unknown">{t('transport:unknown')}</span>;
  return <>{t('transport:figure.value', { value: range({ min: value, max: value }, digits), unit })}</>;
}
