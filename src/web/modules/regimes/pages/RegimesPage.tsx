import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIME_TYPES } from '../../../../contracts/regimes';
import { DemoBadge } from '../../../ui/DemoBadge';
import { FilterSelect } from '../../../ui/FilterSelect';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TextField } from '../../../ui/TextField';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { useRegimes, type RegimesSearch } from '../api/regimesApi';
import { TYPE_LABEL } from '../components/labels';
import { RegimesNav } from '../components/RegimesNav';
import '../components/regimes.css';

/** Search the registry with facets: type, country, in force on a day; each choice shows its count. */
export function RegimesPage() {
  const { t } = useTranslation('regimes');
  const localized = useLocalized();
  const stateName = useStateNames();
  const [search, setSearch] = useState<RegimesSearch>({});
  const regimes = useRegimes(search);
  useDocumentTitle(t('regimes:title'));
  const set = (k: keyof RegimesSearch) => (v: string) => setSearch((s) => ({ ...s, [k]: v || undefined }));
  const facets = regimes.data?.facets;
  const count = (n: number | undefined) => ` (${n ?? 0})`;

  return (
    <div className="page">
      <h1>{t('regimes:title')}</h1>
      <p className="lead">{t('regimes:intro')}</p>
      <RegimesNav />
      <div className="regimes-filters" role="search">
        <TextField label={t('regimes:q')} value={search.q ?? ''} onChange={set('q')} />
        <FilterSelect
          label={t('regimes:type.label')}
          anyLabel={t('regimes:any')}
          value={search.type ?? ''}
          options={REGIME_TYPES.map((x) => ({ value: x, label: t(TYPE_LABEL[x]) + count(facets?.type[x]) }))}
          onChange={set('type')}
        />
        <FilterSelect
          label={t('regimes:country')}
          anyLabel={t('regimes:any')}
          value={search.state ?? ''}
          options={Object.keys(facets?.state ?? {})
            .concat(search.state && !facets?.state[search.state] ? [search.state] : [])
            .sort()
            .map((c) => ({ value: c, label: stateName(c) + count(facets?.state[c]) }))}
          onChange={set('state')}
        />
        <TextField
          label={t('regimes:inForceOn')}
          type="date"
          value={search.inForceOn ?? ''}
          onChange={set('inForceOn')}
        />
      </div>
      {regimes.error && <ProblemAlert error={regimes.error} />}
      {!regimes.data ? (
        !regimes.error && <Loading />
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="regimes-table">
            <caption>{t('regimes:found', { count: regimes.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regimes:name')}</th>
                <th scope="col">{t('regimes:country')}</th>
                <th scope="col">{t('regimes:type.label')}</th>
                <th scope="col">{t('regimes:inForceFrom')}</th>
                <th scope="col">{t('regimes:endsOn')}</th>
              </tr>
            </thead>
            <tbody>
              {regimes.data.items.map((r) => (
                <tr key={r.code}>
                  <td>
                    <Link to="/regimes/$code" params={{ code: r.code }}>
                      {localized(r.name)}
                    </Link>{' '}
                    {r.demo && <DemoBadge />}
                  </td>
                  <td>{stateName(r.state)}</td>
                  <td>{t(TYPE_LABEL[r.type])}</td>
                  <td>{r.inForceFrom ?? '—'}</td>
                  <td>{r.endsOn ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
