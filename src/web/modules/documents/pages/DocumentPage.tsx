import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { Slot } from '../../../ui/slots';
import { useLocalized } from '../../../ui/useLocalized';
import { isSecretariat, useAuth } from '../../auth';
import { useStates } from '../../states';
import { useInstrument } from '../api/useInstrument';
import { INSTRUMENT_SECTIONS, type InstrumentSectionProps } from '../components/instrumentSections';
import { useNotifications } from '../api/useNotifications';
import { ActionForm } from '../components/ActionForm';
import { ActionsHistory } from '../components/ActionsHistory';
import { coordinatedStates } from '../components/coordinatedStates';
import { CorrectActionForm } from '../components/CorrectActionForm';
import { EntryIntoForce } from '../components/EntryIntoForce';
import { InstrumentFacts } from '../components/InstrumentFacts';
import { InstrumentStatusBadge } from '../components/InstrumentStatusBadge';
import { NotificationsList } from '../components/NotificationsList';
import { OtherTitles } from '../components/OtherTitles';
import { RelatedInstruments } from '../components/RelatedInstruments';
import { StatesMatrix } from '../components/StatesMatrix';
import { TextsList } from '../components/TextsList';
import { UploadTextForm } from '../components/UploadTextForm';
import { PageTools } from '../../../ui/PageTools';

const route = getRouteApi('/documents/$id');

export function DocumentPage() {
  const { t } = useTranslation('documents');
  const { id } = route.useParams();
  const query = useInstrument(id);
  const notifications = useNotifications(id);
  const states = useStates();
  const { me } = useAuth();
  const localized = useLocalized();
  const instrument = query.data;
  useDocumentTitle(instrument ? localized(instrument.title) : t('documents:document'));

  if (!instrument) {
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/documents">{t('documents:backToList')}</Link>
        </p>
        <h1>{t('documents:document')}</h1>
        {query.isError ? <ProblemAlert error={query.error} /> : <Loading />}
      </div>
    );
  }

  const secretariat = isSecretariat(me);
  const recordFor = secretariat ? (states.data ?? []).map((s) => s.code) : coordinatedStates(me);
  const notices = notifications.data ?? [];

  return (
    <div className="page instrument-page">
      <p className="breadcrumb">
        <Link to="/documents">{t('documents:backToList')}</Link>
      </p>
      <header className="page-head">
        <h1>{localized(instrument.title)}</h1>
        <OtherTitles title={instrument.title} />
        <p className="page-head__meta">
          <span className="kind-label">{t(`documents:kind.${instrument.kind}`)}</span>
          <InstrumentStatusBadge status={instrument.status} />
          {instrument.classification === 'restricted' && (
            <span className="restricted-marker">{t('documents:classification.restricted')}</span>
          )}
          {instrument.demo && <DemoBadge />}
        </p>
      </header>
      <PageTools />

      <EntryIntoForce instrument={instrument} />
      {instrument.summary && localized(instrument.summary) && (
        <p className="instrument-summary">{localized(instrument.summary)}</p>
      )}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="visually-hidden">
          {t('documents:facts.title')}
        </h2>
        <InstrumentFacts instrument={instrument} />
      </section>
      <Slot<InstrumentSectionProps> name={INSTRUMENT_SECTIONS} props={{ instrumentId: instrument.id }} />
      <StatesMatrix instrument={instrument} />
      <ActionsHistory instrument={instrument} notifications={notices} />

      {(recordFor.length > 0 || (secretariat && instrument.actions.length > 0)) && (
        <section aria-labelledby="record-heading" className="instrument-forms">
          <h2 id="record-heading" className="visually-hidden">
            {t('documents:actionForm.section')}
          </h2>
          {recordFor.length > 0 && (
            <ActionForm key={recordFor.join()} instrumentId={instrument.id} states={recordFor} />
          )}
          {secretariat && instrument.actions.length > 0 && <CorrectActionForm instrument={instrument} />}
        </section>
      )}

      <NotificationsList instrumentId={instrument.id} notifications={notices} />
      <ProblemAlert error={notifications.error} />

      <section aria-labelledby="texts-heading">
        <h2 id="texts-heading">{t('documents:texts.title')}</h2>
        <TextsList instrument={instrument} />
        {secretariat && <UploadTextForm instrumentId={instrument.id} />}
      </section>

      <RelatedInstruments related={instrument.related} />
    </div>
  );
}
