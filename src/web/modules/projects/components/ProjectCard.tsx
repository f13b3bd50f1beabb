import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectSummaryDto } from '../../../../contracts/projects';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { formatMoney } from './money';

/** One project on the pipeline board: what it is, where, and what it is expected to cost. */
export function ProjectCard({ project }: { project: ProjectSummaryDto }) {
  const { t } = useTranslation('projects');
  const localized = useLocalized();
  const { code, intl } = useLanguage();
  const stateName = useStateNames();
  const countries = new Intl.ListFormat(intl, { type: 'conjunction' }).format(
    project.countries.map(stateName),
  );
  const { amount, currency } = project.estimatedCost;
  return (
    <li className="project-card" data-project-card={project.id}>
      <article aria-labelledby={`project-${project.id}`}>
        <h3 id={`project-${project.id}`} className="project-card__title">
          <Link to="/projects/$id" params={{ id: project.id }}>
            {localized(project.title)}
          </Link>
        </h3>
        <dl className="project-card__facts">
          <div>
            <dt>{t('projects:card.sector')}</dt>
            <dd>{t(`projects:sector.${project.sector}`)}</dd>
          </div>
          <div>
            <dt>{t('projects:card.countries')}</dt>
            <dd>{countries}</dd>
          </div>
          <div>
            <dt>{t('projects:card.cost')}</dt>
            <dd className="money" data-testid="project-cost">
              {formatMoney(amount, currency, code)}
            </dd>
          </div>
        </dl>
        {(project.demo || !project.public) && (
          <p className="project-card__marks">
            {project.demo && <DemoBadge />}
            {!project.public && <span className="restricted-marker">{t('projects:restricted')}</span>}
          </p>
        )}
      </article>
    </li>
  );
}
