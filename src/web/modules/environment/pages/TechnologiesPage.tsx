import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIMATES, MATURITIES, SECTORS } from '../../../../contracts/environment';
import { DemoBadge } from '../../../ui/DemoBadge';
import { FilterSelect } from '../../../ui/FilterSelect';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { TextField } from '../../../ui/TextField';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStateNames } from '../../states';
import { useTechnologies, type TechFilters } from '../api/environmentApi';

/** The registry: published technologies found by words and narrowed by facets, each with its count. */
export function TechnologiesPage() {
  const { t } = useTranslation('environment');
  const stateName = useStateNames();
  const [f, setF] = useState<TechFilters>({});
  const list = useTechnologies(f);
  useDocumentTitle(t('environment:registry.title'));
  const facets = list.data?.facets;
  const opts = (
    values: readonly string[],
    facet: keyof NonNullable<typeof facets>,
    label: (v: string) => string,
  ) => values.map((v) => ({ value: v, label: `${label(v)} (${facets?.[facet][v] ?? 0})` }));
  const set = (key: keyof TechFilters) => (value: string) => setF({ ...f, [key]: value || undefined });

  return (
    <div className="page">
      <h1>{t('environment:registry.title')}</h1>
      <p className="lead">{t('environment:registry.intro')}</p>
      <p>
        <Link to="/environment/water-bodies">{t('environment:water.link')}</Link>
      </p>
      <div className="filters env-facets" role="search">
        <TextField label={t('environment:registry.q')} value={f.q ?? ''} onChange={set('q')} />
        <FilterSelect
          label={t('environment:facet.sector')}
          anyLabel={t('environment:facet.any')}
          value={f.sector ?? ''}
          options={opts(SECTORS, 'sector', (v) => t(`environment:sector.${v}`))}
          onChange={set('sector')}
        />
        <FilterSelect
          label={t('environment:facet.climate')}
          anyLabel={t('environment:facet.any')}
          value={f.climate ?? ''}
          options={opts(CLIMATES, 'climate', (v) => t(`environment:climate.${v}`))}
          onChange={set('climate')}
        />
        <FilterSelect
          label={t('environment:facet.country')}
          anyLabel={t('environment:facet.any')}
          value={f.country ?? ''}
          options={opts(
            Object.keys(facets?.country ?? {}).concat(
              f.country && !facets?.country[f.country] ? [f.country] : [],
            ),
            'country',
            stateName,
          )}
          onChange={set('country')}
        />
        <FilterSelect
          label={t('environment:facet.maturity')}
          anyLabel={t('environment:facet.any')}
          value={f.maturity ?? ''}
          options={opts(MATURITIES, 'maturity', (v) => t(`environment:maturity.${v}`))}
          onChange={set('maturity')}
        />
      </div>
      {list.isError ? (
        <ProblemAlert error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p data-testid="tech-total">{t('environment:registry.total', { count: list.data.total })}</p>
          <ul className="env-results" data-testid="tech-results">
            {list.data.items.map((i) => (
              <li key={i.code}>
                <Link to="/environment/technologies/$code" params={{ code: i.code }}>
                  {i.name}
                </Link>{' '}
                {i.demo && <DemoBadge />}
                <div className="muted">
                  {stateName(i.country)} · {t(`environment:sector.${i.sector}`)} ·{' '}
                  {i.climates.map((c) => t(`environment:climate.${c}`)).join(', ')} ·{' '}
                  {t(`environment:maturity.${i.maturity}`)}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
