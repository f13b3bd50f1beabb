import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant, formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import type { LedgerEntryDto } from '../api/projectsApi';
import { useFunderNames } from '../api/useFunderNames';
import { formatMoney } from './money';
import { ReverseEntryButton } from './ReverseEntryButton';

interface LedgerTableProps {
  projectId: string;
  entries: LedgerEntryDto[];
  /** Whether the user may book the reverse of an entry; no column of actions when none may be. */
  mayReverse?: (entry: LedgerEntryDto) => boolean;
  /** The entries dated after today (planned pledges and commitments), listed apart from what has happened. */
  planned?: boolean;
}

/** The ledger as booked, oldest first; a correction is a reversing entry, never an edit. */
export function LedgerTable({ projectId, entries, mayReverse = () => false, planned }: LedgerTableProps) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const funderName = useFunderNames();
  const [reversed, setReversed] = useState('');
  if (entries.length === 0) return <p className="muted">{t('projects:ledger.empty')}</p>;
  const actions = entries.some(mayReverse);
  const captionId = planned ? 'ledger-planned-caption' : 'ledger-caption';
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table ledger" data-testid={planned ? 'ledger-planned' : 'ledger'}>
          <caption id={captionId}>
            {t(planned ? 'projects:ledger.plannedCaption' : 'projects:ledger.caption', {
              count: entries.length,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('projects:ledger.valueDate')}</th>
              <th scope="col">{t('projects:ledger.kind')}</th>
              <th scope="col">{t('projects:ledger.funder')}</th>
              <th scope="col" className="numeric">
                {t('projects:ledger.amount')}
              </th>
              <th scope="col">{t('projects:ledger.agreement')}</th>
              <th scope="col">{t('projects:ledger.bookedAt')}</th>
              {actions && (
                <th scope="col">
                  <span className="visually-hidden">{t('projects:ledger.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-entry={e.id} data-kind={e.kind}>
                <td>
                  <time dateTime={e.valueDate}>{formatPartialDate(e.valueDate, code)}</time>
                </td>
                <td>
                  {t(`projects:kind.${e.kind}`)}
                  {e.reverses && <span className="facts__hint">{t('projects:ledger.reversal')}</span>}
                  {e.reversedBy && <span className="facts__hint">{t('projects:ledger.reversed')}</span>}
                  {e.reason && <span className="facts__hint">{e.reason}</span>}
                </td>
                <td>{funderName(e.funder)}</td>
                <td className="numeric money">{formatMoney(e.amount, e.currency, code)}</td>
                <td>{e.agreementNumber ?? <span className="muted">—</span>}</td>
                <td>
                  <time dateTime={e.bookedAt}>{formatInstant(e.bookedAt, code)}</time>
                </td>
                {actions && (
                  <td>
                    {mayReverse(e) && (
                      <ReverseEntryButton projectId={projectId} entry={e} onReversed={setReversed} />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className="form__status" data-testid="ledger-status">
        {reversed}
      </p>
    </>
  );
}
