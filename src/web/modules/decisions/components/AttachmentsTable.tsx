import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { formatInstant } from '../../../ui/dates';
import { formatFileSize, shortHash } from '../../../ui/files';
import { useLanguage } from '../../../ui/useLanguage';
import { attachmentUrl } from '../api/decisionsApi';

/** The files attached to a decision, oldest first, each with its size and SHA-256 to check a copy. */
export function AttachmentsTable({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const attachments = [...decision.attachments].sort((a, b) =>
    a.uploadedAt < b.uploadedAt ? -1 : a.uploadedAt > b.uploadedAt ? 1 : 0,
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="attachments-caption" tabIndex={0}>
      <table className="table table--compact" data-testid="attachments-table">
        <caption id="attachments-caption">
          {t('decisions:attachments.caption', { count: attachments.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions:attachments.file')}</th>
            <th scope="col">{t('decisions:attachments.size')}</th>
            <th scope="col">{t('decisions:attachments.sha256')}</th>
            <th scope="col">{t('decisions:attachments.uploadedBy')}</th>
            <th scope="col">{t('decisions:attachments.uploadedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {attachments.map((a) => (
            <tr key={a.id} data-attachment-row={a.id}>
              <th scope="row">
                <a href={attachmentUrl(decision.id, a.id)} download={a.filename}>
                  {a.filename}
                </a>
              </th>
              <td>{formatFileSize(a.size, code)}</td>
              <td>
                <code title={a.sha256} data-testid="attachment-sha256">
                  {shortHash(a.sha256)}
                </code>
              </td>
              <td>{a.uploadedBy}</td>
              <td>
                <time dateTime={a.uploadedAt}>{formatInstant(a.uploadedAt, code)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
