import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { useStateNames } from '../../states';
import { useNominations, useTentative } from '../api/cultureApi';
import '../components/culture.css';
import { CultureNav } from '../components/CultureNav';
import { NOMINATION_STATUS_LABEL } from '../components/labels';

/** The states' tentative lists, and the nominations the reader may see (drafts only their own states'). */
export function NominationsPage() {
  const { t } = useTranslation('culture');
  const { me } = useAuth();
  const tentative = useTentative();
  const nominations = useNominations();
  const stateName = useStateNames();
  useDocumentTitle(t('culture:nominations.title'));
  return (
    <main>
      <h1>{t('culture:nominations.title')}</h1>
      <CultureNav />
      <h2>{t('culture:tentative.title')}</h2>
      {tentative.isError && <ProblemAlert error={tentative.error} />}
      {!tentative.data ? (
        <Loading />
      ) : tentative.data.length === 0 ? (
        <p data-testid="culture-tentative">{t('culture:tentative.none')}</p>
      ) : (
        <ul data-testid="culture-tentative">
          {tentative.data.map((e) => (
            <li key={e.id}>
              {stateName(e.state)}: <Translated value={e.name} />
            </li>
          ))}
        </ul>
      )}
      <h2>{t('culture:nominations.list')}</h2>
      {!me ? (
        <p>{t('culture:nominations.signIn')}</p>
      ) : nominations.isError ? (
        <ProblemAlert error={nominations.error} />
      ) : !nominations.data ? (
        <Loading />
      ) : nominations.data.length === 0 ? (
        <p data-testid="culture-nominations">{t('culture:nominations.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('culture:nominations.list')} tabIndex={0}>
          <table className="table" data-testid="culture-nominations">
            <thead>
              <tr>
                <th scope="col">{t('culture:name')}</th>
                <th scope="col">{t('culture:states')}</th>
                <th scope="col">{t('culture:status')}</th>
              </tr>
            </thead>
            <tbody>
              {nominations.data.map((n) => (
                <tr key={n.id} data-nomination-row={n.id}>
                  <th scope="row">
                    <Link to="/culture/nominations/$id" params={{ id: n.id }}>
                      <Translated value={n.name} />
                    </Link>
                    {n.demo && <DemoBadge />}
                  </th>
                  <td>{n.states.map(stateName).join(', ')}</td>
                  <td>{t(NOMINATION_STATUS_LABEL[n.status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
