import { useTranslation } from 'react-i18next';

export interface PageExport {
  /** An API address that answers with the file (a CSV export), checked like the page itself. */
  href: string;
  label: string;
}

/**
 * A record page's tools for taking it away: print (the print stylesheet in styles.css lays the page
 * out for paper without navigation, forms or buttons) and the page's downloads. Not printed itself.
 */
export function PageTools({ exports = [] }: { exports?: readonly PageExport[] }) {
  const { t } = useTranslation('common');
  return (
    <div className="page-tools" data-testid="page-tools">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('common:print')}
      </button>
      {exports.map((e) => (
        <a key={e.href} href={e.href} download className="page-tools__export">
          {e.label}
        </a>
      ))}
    </div>
  );
}
