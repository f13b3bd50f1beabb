import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { contactStates, isInCbm, useCalendar, useDeclarations, useMessages } from '../api/cbm';
import { CalendarView } from '../components/CalendarView';
import { DeclarationCard } from '../components/DeclarationCard';
import { DeclarationForm } from '../components/DeclarationForm';
import { MessageItem } from '../components/MessageItem';
import { QueryForm } from '../components/QueryForm';

/**
 * The CBM desk of a defence contact (or a designated Secretariat officer): declarations with their
 * obligations and deadlines, messages and queries on their clocks, the year's calendar. For anyone else
 * the page is the app's "not found", as the API's paths are.
 */
export function CbmDeskPage() {
  const { t } = useTranslation('cbm');
  const { me } = useAuth();
  const inCbm = isInCbm(me);
  const states = contactStates(me);
  const year = new Date().getUTCFullYear();
  const declarations = useDeclarations(inCbm);
  const messages = useMessages(inCbm);
  const calendar = useCalendar(year, inCbm);
  useDocumentTitle(t('cbm:title'));
  if (me === undefined) return <Loading />;
  if (!inCbm) return <NotFoundPage />;
  const state = states[0];
  return (
    <div className="page cbm-desk">
      <h1>{t('cbm:title')}</h1>
      <p className="lead">{t('cbm:intro')}</p>
      {state && (
        <section aria-labelledby="cbm-declare">
          <h2 id="cbm-declare">{t('cbm:declare.title')}</h2>
          <DeclarationForm state={state} />
        </section>
      )}
      <section aria-labelledby="cbm-declarations">
        <h2 id="cbm-declarations">{t('cbm:declarations')}</h2>
        {declarations.isError ? (
          <ProblemAlert error={declarations.error} />
        ) : !declarations.data ? (
          <Loading />
        ) : declarations.data.items.length === 0 ? (
          <p className="notice">{t('cbm:noDeclarations')}</p>
        ) : (
          <ul className="cards">
            {declarations.data.items.map((d) => (
              <DeclarationCard key={d.id} d={d} canNotify={states.includes(d.state)} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cbm-messages">
        <h2 id="cbm-messages">{t('cbm:messages')}</h2>
        {state && <QueryForm state={state} />}
        {messages.isError ? (
          <ProblemAlert error={messages.error} />
        ) : !messages.data ? (
          <Loading />
        ) : messages.data.items.length === 0 ? (
          <p className="notice">{t('cbm:noMessages')}</p>
        ) : (
          <ul className="cards">
            {messages.data.items.map((m) => (
              <MessageItem key={m.id} m={m} states={states} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cbm-calendar">
        <h2 id="cbm-calendar">{t('cbm:calendar.title', { year })}</h2>
        {calendar.isError ? (
          <ProblemAlert error={calendar.error} />
        ) : !calendar.data ? (
          <Loading />
        ) : (
          <CalendarView cal={calendar.data} />
        )}
      </section>
    </div>
  );
}
