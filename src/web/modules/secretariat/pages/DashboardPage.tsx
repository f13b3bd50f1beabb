import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DashboardDto, DashboardLine } from '../../../../contracts/secretariat';
import { apiFetch } from '../../../app/apiFetch';
import { formatInstant, formatPartialDate } from '../../../ui/dates';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { isSecretariat, useAuth } from '../../auth';
import { useStateNames } from '../../states';

/** The Secretary-General's page across the modules: each line links to where it is dealt with. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('secretariat');
  const { me } = useAuth();
  const { code } = useLanguage();
  const localized = useLocalized();
  const stateName = useStateNames();
  const dash = useQuery({
    queryKey: ['secretariat', 'dashboard'],
    queryFn: () => apiFetch<DashboardDto>('/api/v1/secretariat/dashboard'),
    enabled: isSecretariat(me),
    staleTime: 0,
  });
  useDocumentTitle(t('secretariat:title'));
  const when = (d: string) => (d.length === 10 ? formatPartialDate(d, code) : formatInstant(d, code));
  const sectionName = (s: string) =>
    i18n.exists(`secretariat:section.${s}`) ? t(`secretariat:section.${s}`) : s;

  let content;
  if (me === undefined || (isSecretariat(me) && !dash.data && !dash.isError)) content = <Loading />;
  else if (!isSecretariat(me)) content = <p className="notice">{t('secretariat:onlySecretariat')}</p>;
  else if (dash.isError) content = <ProblemAlert error={dash.error} />;
  else {
    const sections = new Map<string, DashboardLine[]>();
    for (const line of dash.data!.lines)
      sections.set(line.section, [...(sections.get(line.section) ?? []), line]);
    content =
      sections.size === 0 ? (
        <p className="notice">{t('secretariat:nothing')}</p>
      ) : (
        [...sections].map(([section, lines]) => (
          <section key={section} data-section={section}>
            <h2>{t('secretariat:sectionCount', { section: sectionName(section), n: lines.length })}</h2>
            <ul className="tasks">
              {lines.map((l, i) => (
                <li
                  key={`${l.href}:${l.state ?? ''}:${i}`}
                  className={l.overdue ? 'task task--overdue' : 'task'}
                >
                  <p className="task__title">
                    <Link to={l.href}>{localized(l.title)}</Link>
                    {l.state && ` · ${stateName(l.state)}`}
                    {l.demo && (
                      <>
                        {' '}
                        <DemoBadge />
                      </>
                    )}
                  </p>
                  <p className="task__when">
                    {l.overdue && <span className="task__overdue">{t('secretariat:overdue')}</span>}{' '}
                    {l.deadline
                      ? t('secretariat:due', { deadline: when(l.deadline) })
                      : t('secretariat:noDeadline')}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      );
  }

  return (
    <div className="page">
      <h1>{t('secretariat:title')}</h1>
      <p className="lead">{t('secretariat:intro')}</p>
      {content}
    </div>
  );
}
