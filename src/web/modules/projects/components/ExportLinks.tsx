import { useTranslation } from 'react-i18next';
import { exportPaths } from '../api/projectsApi';

/** The project as open data, in the standards that aid and infrastructure registries read. */
export function ExportLinks({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  return (
    <section aria-labelledby="exports-heading" className="panel">
      <h2 id="exports-heading">{t('projects:exports.title')}</h2>
      <ul className="inline-list" data-testid="exports">
        <li>
          <a href={exportPaths.iati(projectId)} type="application/xml">
            {t('projects:exports.iati')}
          </a>
        </li>
        <li>
          <a href={exportPaths.oc4ids(projectId)} type="application/json">
            {t('projects:exports.oc4ids')}
          </a>
        </li>
      </ul>
    </section>
  );
}
