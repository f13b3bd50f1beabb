import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { PartialDate } from './PartialDate';
import { StatusBadge } from './StatusBadge';
import { compareStatuses } from './statuses';

export function StatesTable({ states }: { states: StateSummaryDto[] }) {
  const { t } = useTranslation('states');
  const name = useLocalized();
  const { intl } = useLanguage();
  const collator = new Intl.Collator(intl);
  const rows = [...states].sort(
    (a, b) => compareStatuses(a.status, b.status) || collator.compare(name(a.name), name(b.name)),
  );

  return (
    <div className="table-scroll" role="region" aria-labelledby="states-table-caption" tabIndex={0}>
      <table className="table">
        <caption id="states-table-caption">{t('states:table.caption', { n: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('states:table.name')}</th>
            <th scope="col">{t('states:table.code')}</th>
            <th scope="col">{t('states:table.status')}</th>
            <th scope="col">{t('states:table.since')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.code} data-state-row={s.code}>
              <th scope="row">
                <Link to="/states/$code" params={{ code: s.code }}>
                  {name(s.name)}
                </Link>
              </th>
              <td>
                <abbr title={s.iso3}>{s.code}</abbr>
              </td>
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td>{s.since ? <PartialDate value={s.since} /> : t('states:unknownDate')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
