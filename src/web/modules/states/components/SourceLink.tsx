import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../contracts/states';
import { ExternalLink } from '../../../ui/ExternalLink';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function SourceLink({ source }: { source: Source }) {
  const { t } = useTranslation('states');
  if (!source.url) return <span className="source source--none">{t('states:source.none')}</span>;
  return (
    <ExternalLink href={source.url} className="source">
      {t('states:source.link', { host: hostOf(source.url) })}
    </ExternalLink>
  );
}
