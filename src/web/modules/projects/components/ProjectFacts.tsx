import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { formatInstant, formatPartialDate } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useFunderNames } from '../api/useFunderNames';
import { formatMoney } from './money';

export function ProjectFacts({ project }: { project: ProjectDto }) {
  const { t } = useTranslation('projects');
  const { code, intl } = useLanguage();
  const stateName = useStateNames();
  const funderName = useFunderNames();
  const list = (names: string[]) => new Intl.ListFormat(intl, { type: 'conjunction' }).format(names);
  const { amount, currency } = project.estimatedCost;
  return (
    <dl className="facts" data-testid="project-facts">
      <div>
        <dt>{t('projects:facts.sector')}</dt>
        <dd>{t(`projects:sector.${project.sector}`)}</dd>
      </div>
      <div>
        <dt>{t('projects:facts.countries')}</dt>
        <dd>{list(project.countries.map(stateName))}</dd>
      </div>
      <div>
        <dt>{t('projects:facts.sponsors')}</dt>
        <dd>{project.sponsors.length > 0 ? list(project.sponsors.map(funderName)) : '—'}</dd>
      </div>
      <div>
        <dt>{t('projects:facts.proposedBy')}</dt>
        <dd>
          {project.proposingState ? stateName(project.proposingState) : t('projects:facts.secretariat')}
        </dd>
      </div>
      <div>
        <dt>{t('projects:facts.cost')}</dt>
        <dd className="money">{formatMoney(amount, currency, code)}</dd>
      </div>
      {(project.plannedStart || project.plannedEnd) && (
        <div>
          <dt>{t('projects:facts.planned')}</dt>
          <dd>
            {t('projects:facts.plannedRange', {
              from: project.plannedStart ? formatPartialDate(project.plannedStart, code) : '…',
              to: project.plannedEnd ? formatPartialDate(project.plannedEnd, code) : '…',
            })}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('projects:facts.visibility')}</dt>
        <dd>{project.public ? t('projects:facts.public') : t('projects:facts.restricted')}</dd>
      </div>
      <div>
        <dt>{t('projects:facts.createdAt')}</dt>
        <dd>
          <time dateTime={project.createdAt}>{formatInstant(project.createdAt, code)}</time>
        </dd>
      </div>
    </dl>
  );
}
