import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useStates } from '../../states';
import { useProject } from '../api/useProject';
import { ApprovalPanel } from '../components/ApprovalPanel';
import { ExportLinks } from '../components/ExportLinks';
import { FinanceSection } from '../components/FinanceSection';
import { InterestPanel } from '../components/InterestPanel';
import { ProjectDiscussion } from '../components/ProjectDiscussion';
import { ProjectFacts } from '../components/ProjectFacts';
import { ProjectMap } from '../components/ProjectMap';
import { ProjectText } from '../components/ProjectText';
import { ResultsSection } from '../components/ResultsSection';
import { StageBadge } from '../components/StageBadge';
import { StageSection } from '../components/StageSection';
import { PageTools } from '../../../ui/PageTools';

const route = getRouteApi('/projects/$id');

export function ProjectPage() {
  const { t } = useTranslation('projects');
  const { id } = route.useParams();
  const query = useProject(id);
  const localized = useLocalized();
  const states = useStates();
  const project = query.data;
  useDocumentTitle(project ? localized(project.title) : t('projects:project'));

  if (!project) {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/projects">{t('projects:backToList')}</Link>
        </p>
        <h1>{t('projects:project')}</h1>
        {query.isError ? <ProblemAlert error={query.error} /> : <Loading />}
      </div>
    );
  }

  const memberCodes = (states.data ?? []).filter((s) => s.status === 'member').map((s) => s.code);
  return (
    <div className="page project-page">
      <p className="breadcrumb">
        <Link to="/projects">{t('projects:backToList')}</Link>
      </p>
      <header className="page-head">
        <h1>{localized(project.title)}</h1>
        <p className="page-head__meta">
          <StageBadge stage={project.stage} />
          <span>{t(`projects:sector.${project.sector}`)}</span>
          {project.demo && <DemoBadge />}
          {!project.public && <span className="restricted-marker">{t('projects:restricted')}</span>}
        </p>
      </header>
      <PageTools
        exports={[
          { href: `/api/v1/projects/${project.id}/transactions.csv`, label: t('projects:ledgerCsv') },
        ]}
      />

      <div className="project-overview">
        <ProjectFacts project={project} />
        <section aria-labelledby="map-heading">
          <h2 id="map-heading" className="visually-hidden">
            {t('projects:map.title')}
          </h2>
          <ProjectMap project={project} />
        </section>
      </div>

      <ProjectText id="description-heading" title={t('projects:description')} text={project.description} />
      <ProjectText
        id="results-text-heading"
        title={t('projects:expectedResults')}
        text={project.expectedResults}
      />
      <StageSection project={project} memberCodes={memberCodes} />
      <div className="panels">
        <InterestPanel project={project} memberCodes={memberCodes} />
        <ApprovalPanel project={project} />
      </div>
      <FinanceSection project={project} />
      <ResultsSection project={project} />
      <ProjectDiscussion project={project} memberCodes={memberCodes} />
      <ExportLinks projectId={project.id} />
    </div>
  );
}
