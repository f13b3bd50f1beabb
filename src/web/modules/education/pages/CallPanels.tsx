import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useStateNames } from '../../states';
import { useCallApplications, useEducationWrite, useOverview, type CallDto } from '../api/educationApi';

/** The dossiers sent to the officer's university: nominated applicants who chose it, with offers. */
export function Dossiers({ call, title }: { call: CallDto; title: Map<string, string> }) {
  const { t } = useTranslation('education');
  const stateName = useStateNames();
  const apps = useCallApplications(call.id, true);
  const offer = useEducationWrite<{ app: string; programmeId: string }>(
    (b) => `/api/v1/education/applications/${b.app}/offers`,
    (b) => ({ programmeId: b.programmeId }),
  );
  if (apps.isError) return <ProblemAlert error={apps.error} />;
  if (!apps.data) return <Loading />;
  return (
    <section data-testid="dossiers">
      <h2>{t('education:dossiers.title')}</h2>
      {offer.error ? <ProblemAlert error={offer.error} /> : null}
      {apps.data.items.length === 0 ? (
        <p className="notice">{t('education:dossiers.none')}</p>
      ) : (
        <ul>
          {apps.data.items.map((a) => (
            <li key={a.id}>
              {a.applicant?.displayName ?? t('education:erased')} ({stateName(a.state)},{' '}
              {t('education:ranking.rank')} {a.rank}) —{' '}
              {a.choices.map((c) => (
                <button
                  key={c}
                  type="button"
                  className="button"
                  disabled={
                    call.status !== 'award_stage' ||
                    offer.isPending ||
                    a.offers.some((o) => o.programmeId === c)
                  }
                  onClick={() => offer.mutate({ app: a.id, programmeId: c })}
                >
                  {t('education:dossiers.offer', { programme: title.get(c) ?? c })}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The Secretariat's overview of a call: counts per state and per programme, never a person. */
export function Overview({ callId, title }: { callId: string; title: Map<string, string> }) {
  const { t } = useTranslation('education');
  const stateName = useStateNames();
  const o = useOverview(callId, true);
  if (o.isError) return <ProblemAlert error={o.error} />;
  if (!o.data) return <Loading />;
  return (
    <section data-testid="overview">
      <h2>{t('education:overview.title', { count: o.data.applications })}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('education:network.country')}</th>
              <th scope="col">{t('education:calls.quota')}</th>
              <th scope="col">{t('education:overview.applications')}</th>
              <th scope="col">{t('education:calls.nominated')}</th>
              <th scope="col">{t('education:overview.offered')}</th>
              <th scope="col">{t('education:calls.awarded')}</th>
            </tr>
          </thead>
          <tbody>
            {o.data.perState.map((s) => (
              <tr key={s.state}>
                <td>{stateName(s.state)}</td>
                <td>{s.quota}</td>
                <td>{s.applications}</td>
                <td>{s.nominated}</td>
                <td>{s.offered}</td>
                <td>{s.awarded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul>
        {o.data.perProgramme.map((p) => (
          <li key={p.programmeId}>
            {title.get(p.programmeId)} —{' '}
            {t('education:calls.placesOffered', { places: p.places, offered: p.offered })}
          </li>
        ))}
      </ul>
    </section>
  );
}
