import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/** Opens outside the platform; noopener keeps the other site from reaching back into this tab. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const { t } = useTranslation('common');
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> ({t('common:opensInNewTab')})</span>
    </a>
  );
}
