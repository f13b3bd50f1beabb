import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canEditContact, useAuth } from '../../auth';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateDetail } from '../api/useStateDetail';
import { ContactDetails } from '../components/ContactDetails';
import { ContactForm } from '../components/ContactForm';
import { StateFacts } from '../components/StateFacts';
import { StatusTimeline } from '../components/StatusTimeline';

const route = getRouteApi('/states/$code');

export function StatePage() {
  const { t } = useTranslation('states');
  const code = route.useParams().code.toUpperCase();
  const query = useStateDetail(code);
  const { me } = useAuth();
  const name = useLocalized();
  const state = query.data;
  useDocumentTitle(state ? name(state.name) : code);

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/states">{t('states:backToList')}</Link>
      </p>
      {!state ? (
        <>
          <h1>{code}</h1>
          {query.isError ? <ProblemAlert error={query.error} /> : <Loading />}
        </>
      ) : (
        <>
          <h1>{name(state.name)}</h1>
          <StateFacts state={state} />
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t('states:timeline.title')}</h2>
            <StatusTimeline history={state.history} />
          </section>
          <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t('states:contact.title')}</h2>
            <ContactDetails contact={state.contact} />
            {canEditContact(me, state.code) && <ContactForm code={state.code} contact={state.contact} />}
          </section>
        </>
      )}
    </div>
  );
}
