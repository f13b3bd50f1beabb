import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InstrumentDto } from '../../../../contracts/documents';
import { formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { PartialDate, useStateNames } from '../../states';
import { statesCsvUrl } from '../api/documentsApi';
import { DateCell } from './DateCell';

/** One row per state that has acted on the instrument: what it did when, and since when it is bound. */
export function StatesMatrix({ instrument }: { instrument: InstrumentDto }) {
  const { t } = useTranslation('documents');
  const { intl, code } = useLanguage();
  const stateName = useStateNames();
  const collator = new Intl.Collator(intl);
  const rows = [...instrument.states].sort((a, b) =>
    collator.compare(stateName(a.state), stateName(b.state)),
  );

  return (
    <section aria-labelledby="states-heading">
      <h2 id="states-heading">{t('documents:states.title')}</h2>
      {rows.length === 0 && instrument.signedAt ? (
        // The source gives the date it was signed, not who signed: never invent the signatures.
        <p className="notice" data-testid="signatures-not-recorded">
          {t('documents:states.notRecorded', { date: formatPartialDate(instrument.signedAt, code) })}
        </p>
      ) : rows.length === 0 ? (
        <p className="notice" data-testid="no-state-actions">
          {t('documents:states.none')}
        </p>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-labelledby="states-caption" tabIndex={0}>
            <table className="table table--compact" data-testid="states-matrix">
              <caption id="states-caption">{t('documents:states.caption', { count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('documents:states.state')}</th>
                  <th scope="col">{t('documents:states.signed')}</th>
                  <th scope="col">{t('documents:states.notified')}</th>
                  <th scope="col">{t('documents:states.acceded')}</th>
                  <th scope="col">{t('documents:states.withdrawn')}</th>
                  <th scope="col">{t('documents:states.reservations')}</th>
                  <th scope="col">{t('documents:states.inForceFrom')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.state} data-state-row={s.state}>
                    <th scope="row">
                      <Link to="/states/$code" params={{ code: s.state }}>
                        {stateName(s.state)}
                      </Link>
                    </th>
                    <DateCell value={s.signed} />
                    <DateCell value={s.notified} />
                    <DateCell value={s.acceded} />
                    <DateCell value={s.withdrawn} />
                    <td>
                      {s.reservations.length === 0 ? (
                        <span aria-hidden="true">—</span>
                      ) : (
                        <ul className="names">
                          {s.reservations.map((d, i) => (
                            <li key={`${d}-${i}`}>
                              <PartialDate value={d} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <DateCell value={s.inForceFrom} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="export-line">
            <a href={statesCsvUrl(instrument.id)} download>
              {t('documents:states.csv')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
