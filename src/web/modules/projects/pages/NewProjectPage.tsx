import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { isSecretariat, useAuth } from '../../auth';
import { useStates } from '../../states';
import { proposingStatesOf } from '../api/projectPermissions';
import { useOrganisations } from '../api/useOrganisations';
import { ProjectForm } from '../components/ProjectForm';

export function NewProjectPage() {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const navigate = useNavigate();
  const states = useStates();
  const organisations = useOrganisations();
  useDocumentTitle(t('projects:form.title'));

  const members = (states.data ?? []).filter((s) => s.status === 'member').map((s) => s.code);
  const proposing = proposingStatesOf(me, members);
  let content;
  if (me === undefined || states.isPending) content = <Loading />;
  else if (me === null)
    content = (
      <p className="notice">
        {t('projects:form.signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  else if (states.isError || organisations.isError)
    content = <ProblemAlert error={states.error ?? organisations.error} />;
  else if (!isSecretariat(me) && proposing.length === 0)
    content = <p className="notice">{t('projects:form.notAllowed')}</p>;
  else if (!organisations.data) content = <Loading />;
  else
    content = (
      <ProjectForm
        states={states.data}
        organisations={organisations.data}
        proposingStates={proposing}
        secretariat={isSecretariat(me)}
        onCreated={(id) => void navigate({ to: '/projects/$id', params: { id } })}
      />
    );

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/projects">{t('projects:backToList')}</Link>
      </p>
      <h1 id="project-form-heading">{t('projects:form.title')}</h1>
      {content}
    </div>
  );
}
