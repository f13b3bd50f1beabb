import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { FilterSelect } from '../../../ui/FilterSelect';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { useCalls, useProgrammes, useUniversities } from '../api/educationApi';

const FIELDS = ['0613', '0311'];
const LEVELS = ['6', '7', '8'];
const LANGUAGES = ['en', 'ru', 'zh', 'fa'];

/** The SCO University network by country, the programme search and the grant calls. */
export function NetworkPage() {
  const { t } = useTranslation('education');
  const name = useLocalized();
  const stateName = useStateNames();
  const universities = useUniversities();
  const calls = useCalls();
  const [q, setQ] = useState({ field: '', level: '', language: '', country: '' });
  const programmes = useProgrammes(q);
  useDocumentTitle(t('education:title'));
  const countries = [...new Set((universities.data?.items ?? []).map((u) => u.country))];
  const universityName = new Map((universities.data?.items ?? []).map((u) => [u.id, name(u.name)]));

  return (
    <div className="page">
      <h1>{t('education:title')}</h1>
      <p className="lead">{t('education:intro')}</p>
      <p>
        <Link to="/education/me">{t('education:me.link')}</Link>
      </p>

      <h2>{t('education:calls.title')}</h2>
      {calls.isError ? (
        <ProblemAlert error={calls.error} />
      ) : !calls.data ? (
        <Loading />
      ) : calls.data.items.length === 0 ? (
        <p className="notice">{t('education:calls.none')}</p>
      ) : (
        <ul data-testid="calls">
          {calls.data.items.map((c) => (
            <li key={c.id}>
              <Link to="/education/calls/$id" params={{ id: c.id }}>
                {name(c.title)}
              </Link>{' '}
              — {t(`education:status.${c.status}`)}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('education:network.title')}</h2>
      {universities.isError ? (
        <ProblemAlert error={universities.error} />
      ) : !universities.data ? (
        <Loading />
      ) : (
        <div className="table-scroll">
          <table data-testid="universities">
            <thead>
              <tr>
                <th scope="col">{t('education:network.country')}</th>
                <th scope="col">{t('education:network.university')}</th>
                <th scope="col">{t('education:network.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {universities.data.items.map((u) => (
                <tr key={u.id}>
                  <td>{stateName(u.country)}</td>
                  <td>
                    {name(u.name)} {u.demo && <DemoBadge />}
                  </td>
                  <td>{u.fields.map((f) => t(`education:field.${f}`, { defaultValue: f })).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href="/api/v1/education/universities.csv">{t('education:network.csv')}</a> ·{' '}
        <a href="/api/v1/education/programmes.csv">{t('education:programmes.csv')}</a>
      </p>

      <h2>{t('education:programmes.title')}</h2>
      <div className="filters" data-testid="programme-filters">
        <FilterSelect
          label={t('education:programmes.field')}
          anyLabel={t('education:any')}
          value={q.field}
          options={FIELDS.map((f) => ({ value: f, label: `${f} ${t(`education:field.${f}`)}` }))}
          onChange={(field) => setQ({ ...q, field })}
        />
        <FilterSelect
          label={t('education:programmes.level')}
          anyLabel={t('education:any')}
          value={q.level}
          options={LEVELS.map((l) => ({ value: l, label: t(`education:level.${l}`) }))}
          onChange={(level) => setQ({ ...q, level })}
        />
        <FilterSelect
          label={t('education:programmes.language')}
          anyLabel={t('education:any')}
          value={q.language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`education:language.${l}`) }))}
          onChange={(language) => setQ({ ...q, language })}
        />
        <FilterSelect
          label={t('education:network.country')}
          anyLabel={t('education:any')}
          value={q.country}
          options={countries.map((c) => ({ value: c, label: stateName(c) }))}
          onChange={(country) => setQ({ ...q, country })}
        />
      </div>
      {programmes.isError ? (
        <ProblemAlert error={programmes.error} />
      ) : !programmes.data ? (
        <Loading />
      ) : (
        <>
          <p data-testid="programme-count">
            {t('education:programmes.count', { count: programmes.data.items.length })}
          </p>
          <ul data-testid="programmes">
            {programmes.data.items.map((p) => (
              <li key={p.id}>
                {name(p.title)} {p.demo && <DemoBadge />} — {universityName.get(p.universityId)} ·{' '}
                {t(`education:level.${p.level}`)} ·{' '}
                {t(`education:language.${p.language}`, { defaultValue: p.language })} ·{' '}
                {t('education:programmes.months', { count: p.durationMonths })} ·{' '}
                {t('education:programmes.places', { count: p.places })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
