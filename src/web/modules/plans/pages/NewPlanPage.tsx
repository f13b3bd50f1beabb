import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { isSecretariat, useAuth } from '../../auth';
import { useInstrument } from '../../documents';
import { useStates } from '../../states';
import { PlanForm } from '../components/PlanForm';

const route = getRouteApi('/documents/$id/plans/new');

export function NewPlanPage() {
  const { t } = useTranslation('plans');
  const { id } = route.useParams();
  const { me } = useAuth();
  const navigate = useNavigate();
  const instrument = useInstrument(id);
  const states = useStates();
  const localized = useLocalized();
  useDocumentTitle(t('plans:form.title'));

  let content;
  if (me === undefined) content = <Loading />;
  else if (me === null)
    content = (
      <p className="notice">
        {t('plans:form.signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  else if (!isSecretariat(me)) content = <p className="notice">{t('plans:form.notAllowed')}</p>;
  else if (instrument.isError || states.isError)
    content = <ProblemAlert error={instrument.error ?? states.error} />;
  else if (!instrument.data || !states.data) content = <Loading />;
  else
    content = (
      <PlanForm
        instrumentId={id}
        // Plans are carried out by the member states.
        states={states.data.filter((s) => s.status === 'member')}
        onCreated={(planId) => void navigate({ to: '/plans/$id', params: { id: planId } })}
      />
    );

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/documents/$id" params={{ id }}>
          {instrument.data
            ? t('plans:implements', { title: localized(instrument.data.title) })
            : t('plans:backToInstrument')}
        </Link>
      </p>
      <h1 id="plan-form-heading">{t('plans:form.title')}</h1>
      {content}
    </div>
  );
}
