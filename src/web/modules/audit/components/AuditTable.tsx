import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../contracts/audit';
import { formatInstant } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';

export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t } = useTranslation('audit');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const actingFor = (s: string | null) =>
    s === null ? '—' : s === 'secretariat' ? t('audit:secretariat') : stateName(s);
  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-table-caption" tabIndex={0}>
      <table className="table table--compact" data-testid="audit-table">
        <caption id="audit-table-caption">{t('audit:table.caption', { n: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit:table.seq')}</th>
            <th scope="col">{t('audit:table.time')}</th>
            <th scope="col">{t('audit:table.actor')}</th>
            <th scope="col">{t('audit:table.actingFor')}</th>
            <th scope="col">{t('audit:table.action')}</th>
            <th scope="col">{t('audit:table.target')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.seq}</td>
              <td>
                <time dateTime={e.at}>{formatInstant(e.at, code)}</time>
              </td>
              <td>{e.actorEmail ?? <em>{t('audit:actor.system')}</em>}</td>
              <td>{actingFor(e.actingFor)}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                <span className="audit-target">
                  {e.targetType} <code>{e.targetId}</code>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
