import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../contracts/audit';
import { formatInstant } from '../../../ui/dates';
import { useRecordPage } from '../../../ui/recordPages';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useActionLabel } from './useActionLabel';

export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  const { t } = useTranslation('audit');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const actions = useActionLabel();
  const recordPage = useRecordPage();
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
          {entries.map((e) => {
            const page = recordPage(e.targetType, e.targetId);
            const target = (
              <>
                {e.targetType} <code>{e.targetId}</code>
              </>
            );
            return (
              <tr key={e.id}>
                <td>{e.seq}</td>
                <td>
                  <time dateTime={e.at}>{formatInstant(e.at, code)}</time>
                </td>
                <td>{e.actorEmail ?? <em>{t('audit:actor.system')}</em>}</td>
                <td>{actingFor(e.actingFor)}</td>
                <td title={e.action} data-action={e.action}>
                  {actions.label(e.action)}
                </td>
                <td>
                  <span className="audit-target">{page ? <Link to={page}>{target}</Link> : target}</span>{' '}
                  <Link
                    to="/audit"
                    search={{ targetType: e.targetType, targetId: e.targetId }}
                    className="audit-target__filter"
                  >
                    {t('audit:table.onlyThis')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
