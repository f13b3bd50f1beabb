import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../ui/FilterSelect';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { isSecretariat, useAuth } from '../../auth';
import { useStateNames, useStates } from '../../states';
import { useCirculations } from '../api/circulationApi';
import { CirculationList } from '../components/CirculationList';

/** The Secretariat's circulation desk (what is out, what is overdue, by state), or a focal point's inbox. */
export function CirculationsPage() {
  const { t } = useTranslation('circulation');
  const { me } = useAuth();
  const secretariat = isSecretariat(me);
  const states = useStates();
  const stateName = useStateNames();
  const [status, setStatus] = useState('open');
  const [state, setState] = useState('');
  const list = useCirculations(status, secretariat ? state : '');
  const title = secretariat ? t('circulation:desk.title') : t('circulation:inbox.title');
  useDocumentTitle(title);

  let content;
  if (me === undefined) content = <Loading />;
  else if (me === null)
    content = (
      <p className="notice">
        {t('circulation:signInFirst')} <Link to="/login">{t('common:signIn')}</Link>
      </p>
    );
  else if (list.isError) content = <ProblemAlert error={list.error} />;
  else if (!list.data) content = <Loading />;
  else if (list.data.items.length === 0) content = <p className="notice">{t('circulation:list.none')}</p>;
  else content = <CirculationList items={list.data.items} />;

  return (
    <div className="page">
      <h1>{title}</h1>
      <p className="lead">{secretariat ? t('circulation:desk.intro') : t('circulation:inbox.intro')}</p>
      {me && (
        <div className="filters">
          <FilterSelect
            label={t('circulation:filter.status')}
            anyLabel={t('circulation:filter.all')}
            value={status}
            options={[
              { value: 'open', label: t('circulation:filter.open') },
              { value: 'overdue', label: t('circulation:filter.overdue') },
            ]}
            onChange={setStatus}
          />
          {secretariat && (
            <FilterSelect
              label={t('circulation:filter.state')}
              anyLabel={t('circulation:filter.anyState')}
              value={state}
              options={(states.data ?? [])
                .filter((s) => s.status === 'member')
                .map((s) => ({ value: s.code, label: stateName(s.code) }))}
              onChange={setState}
            />
          )}
        </div>
      )}
      {content}
    </div>
  );
}
