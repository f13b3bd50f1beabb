import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { isSecretariat, useAuth } from '../../auth';
import { useBodies, useStates } from '../../states';
import { DecisionForm } from '../components/DecisionForm';

export function NewDecisionPage() {
  const { t } = useTranslation('decisions');
  const { me } = useAuth();
  const navigate = useNavigate();
  const states = useStates();
  const bodies = useBodies();
  useDocumentTitle(t('decisions:form.title'));

  let content;
  if (me === undefined) content = <Loading />;
  else if (me === null)
    content = (
      <p className="notice">
        {t('decisions:form.signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  else if (!isSecretariat(me)) content = <p className="notice">{t('decisions:form.notAllowed')}</p>;
  else if (states.isError || bodies.isError) content = <ProblemAlert error={states.error ?? bodies.error} />;
  else if (!states.data || !bodies.data) content = <Loading />;
  else
    content = (
      <DecisionForm
        states={states.data}
        bodies={bodies.data}
        onCreated={(id) => void navigate({ to: '/decisions/$id', params: { id } })}
      />
    );

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/decisions">{t('decisions:backToList')}</Link>
      </p>
      <h1 id="decision-form-heading">{t('decisions:form.title')}</h1>
      {content}
    </div>
  );
}
