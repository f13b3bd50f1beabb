import { useTranslation } from 'react-i18next';
import type { InstrumentDto } from '../../../../contracts/documents';
import { formatFileSize, shortHash } from '../../../ui/files';
import { useLanguage } from '../../../ui/useLanguage';
import { textUrl } from '../api/documentsApi';
import { languageName } from './languageName';

/** The uploaded texts, authentic language versions first, each with its size and SHA-256 to check a copy. */
export function TextsList({ instrument }: { instrument: InstrumentDto }) {
  const { t } = useTranslation('documents');
  const { code, intl } = useLanguage();
  const texts = [...instrument.texts].sort(
    (a, b) => Number(b.authentic) - Number(a.authentic) || a.language.localeCompare(b.language),
  );
  if (texts.length === 0) return <p className="muted">{t('documents:texts.none')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="texts-caption" tabIndex={0}>
      <table className="table table--compact" data-testid="texts-table">
        <caption id="texts-caption">{t('documents:texts.caption', { count: texts.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents:texts.language')}</th>
            <th scope="col">{t('documents:texts.file')}</th>
            <th scope="col">{t('documents:texts.size')}</th>
            <th scope="col">{t('documents:texts.sha256')}</th>
          </tr>
        </thead>
        <tbody>
          {texts.map((text) => (
            <tr key={text.id} data-text-row={text.id}>
              <th scope="row">
                {languageName(text.language, intl)}
                {text.authentic && (
                  <span className="authentic-badge" data-testid="authentic">
                    {t('documents:texts.authentic')}
                  </span>
                )}
              </th>
              <td>
                <a href={textUrl(instrument.id, text.id)} download={text.filename} className="file-name">
                  {text.filename}
                </a>
              </td>
              <td className="nowrap">{formatFileSize(text.size, code)}</td>
              <td>
                <code title={text.sha256}>{shortHash(text.sha256)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
