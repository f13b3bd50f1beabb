import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { isSecretariat, useAuth } from '../../auth';
import { useStateNames } from '../../states';
import { useCall, useProgrammes, useUniversities } from '../api/educationApi';
import { ApplyForm } from './ApplyForm';
import { Dossiers, Overview } from './CallPanels';
import { RankingScreen } from './RankingScreen';

/** A grant call: its places and quotas used per state, and what the reader may do in it. */
export function CallPage() {
  const { id } = useParams({ from: '/education/calls/$id' });
  const { t } = useTranslation('education');
  const name = useLocalized();
  const stateName = useStateNames();
  const { me } = useAuth();
  const call = useCall(id);
  const programmes = useProgrammes({});
  const universities = useUniversities();
  useDocumentTitle(call.data ? name(call.data.title) : t('education:calls.title'));
  if (call.isError) return <ProblemAlert error={call.error} />;
  if (!call.data || !programmes.data) return <Loading />;
  const c = call.data;
  const university = new Map((universities.data?.items ?? []).map((u) => [u.id, name(u.name)]));
  const title = new Map(
    programmes.data.items.map((p) => [p.id, `${name(p.title)}, ${university.get(p.universityId) ?? ''}`]),
  );
  const authorityOf = (me?.mandates ?? []).filter((m) => m.role === 'grant_authority').map((m) => m.state!);
  const officer = (me?.mandates ?? []).some((m) => m.role === 'admissions_officer');

  return (
    <div className="page">
      <h1>{name(c.title)}</h1>
      <p className="lead" data-testid="call-status">
        {t(`education:status.${c.status}`)} ·{' '}
        {t('education:calls.dates', {
          opensAt: c.opensAt.slice(0, 10),
          closesAt: c.closesAt.slice(0, 10),
          nominationDeadline: c.nominationDeadline.slice(0, 10),
        })}
      </p>
      <h2>{t('education:calls.quotas')}</h2>
      <div className="table-scroll">
        <table data-testid="quotas">
          <thead>
            <tr>
              <th scope="col">{t('education:network.country')}</th>
              <th scope="col">{t('education:calls.quota')}</th>
              <th scope="col">{t('education:calls.nominated')}</th>
              <th scope="col">{t('education:calls.awarded')}</th>
            </tr>
          </thead>
          <tbody>
            {c.quotas.map((q) => (
              <tr key={q.state}>
                <td>{stateName(q.state)}</td>
                <td>{q.quota}</td>
                <td>{q.nominated}</td>
                <td>{q.awarded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('education:calls.places')}</h2>
      <ul data-testid="places">
        {c.places.map((p) => (
          <li key={p.programmeId}>
            {title.get(p.programmeId)} —{' '}
            {t('education:calls.placesOffered', { places: p.places, offered: p.offered })}
          </li>
        ))}
      </ul>
      {/* Applicants are people without a mandate. */}
      {me && me.mandates.length === 0 && c.status === 'open' && <ApplyForm call={c} title={title} />}
      {authorityOf.map((state) => (
        <RankingScreen key={state} call={c} state={state} />
      ))}
      {officer && <Dossiers call={c} title={title} />}
      {isSecretariat(me) && <Overview callId={c.id} title={title} />}
    </div>
  );
}
