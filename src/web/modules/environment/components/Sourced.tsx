import './environment.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A value with its source beside it, or marked unsourced when nobody named one. */
export function Sourced({ source, children }: { source: string | null; children: ReactNode }) {
  const { t } = useTranslation('environment');
  return (
    <span className="env-sourced">
      {children}{' '}
      {source === null ? (
        <span className="env-unsourced" data-unsourced="">
          {t('environment:unsourced')}
        </span>
      ) : (
        <small className="env-source">{t('environment:source', { source })}</small>
      )}
    </span>
  );
}
