import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TechnologyDto } from '../../../../contracts/environment';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { useTechnology } from '../api/environmentApi';
import { PlacesMap } from '../components/PlacesMap';
import { Sourced } from '../components/Sourced';

const route = getRouteApi('/environment/technologies/$code');
type Cost = NonNullable<TechnologyDto['fields']['buildCost']>;

/** An entry of the registry: its answers with their sources, its versions, places and links. */
export function TechnologyPage() {
  const { t } = useTranslation('environment');
  const { code } = route.useParams();
  const { version } = route.useSearch();
  const entry = useTechnology(code, version);
  const stateName = useStateNames();
  const loc = useLocalized();
  const { intl } = useLanguage();
  useDocumentTitle(entry.data?.fields.name.value ?? code);
  if (entry.isError) return <ProblemAlert error={entry.error} />;
  if (!entry.data) return <Loading />;
  const d = entry.data;
  const f = d.fields;
  const money = (minor: number, currency: string, digits = 2) =>
    new Intl.NumberFormat(intl, { style: 'currency', currency }).format(minor / 10 ** digits);
  const cost = (label: string, c: Cost | null) =>
    c && (
      <>
        <dt>{label}</dt>
        <dd>
          <Sourced source={c.source}>
            {money(c.value.amountMinor, c.value.currency)} ≈ {money(c.value.usdMinor, 'USD')}{' '}
            <small>
              {t('environment:entry.rate', {
                rate: c.value.unitsPerUsd,
                currency: c.value.currency,
                date: c.value.rateDate,
              })}
            </small>
          </Sourced>
          {c.value.rateSource === null && (
            <span className="env-unsourced">{t('environment:entry.rateUnsourced')}</span>
          )}
        </dd>
      </>
    );

  return (
    <div className="page">
      <p>
        <Link to="/environment">{t('environment:registry.title')}</Link>
      </p>
      <h1>
        <Sourced source={f.name.source}>{f.name.value}</Sourced> {d.demo && <DemoBadge />}
      </h1>
      <p data-testid="tech-status">
        {t('environment:entry.header', {
          code: d.code,
          version: d.version,
          status: t(`environment:status.${d.status}`),
          state: stateName(d.country),
          edition: d.edition,
        })}
      </p>
      {!d.latest && <p className="notice">{t('environment:entry.oldVersion')}</p>}
      {d.unsourced.length > 0 && (
        <p className="notice" data-testid="tech-unsourced">
          {t('environment:entry.unsourcedCount', { count: d.unsourced.length })}
        </p>
      )}
      <dl className="env-fields">
        <dt>{t('environment:entry.summary')}</dt>
        <dd>
          <Sourced source={f.summary.source}>{f.summary.value}</Sourced>
        </dd>
        <dt>{t('environment:facet.sector')}</dt>
        <dd>{t(`environment:sector.${f.sector}`)}</dd>
        <dt>{t('environment:facet.climate')}</dt>
        <dd>{f.climates.map((c) => t(`environment:climate.${c}`)).join(', ')}</dd>
        <dt>{t('environment:entry.landUse')}</dt>
        <dd>
          <Sourced source={f.landUses.source}>
            {f.landUses.value.map((v) => t(`environment:landUse.${v}`)).join(', ') || '—'}
          </Sourced>
        </dd>
        <dt>{t('environment:entry.waterSource')}</dt>
        <dd>
          <Sourced source={f.waterSources.source}>
            {f.waterSources.value.map((v) => t(`environment:waterSource.${v}`)).join(', ') || '—'}
          </Sourced>
        </dd>
        <dt>{t('environment:entry.waterSaved')}</dt>
        <dd>
          {f.waterSaved ? (
            <Sourced source={f.waterSaved.source}>
              {t('environment:entry.perUnit', {
                amount: new Intl.NumberFormat(intl).format(f.waterSaved.value.amount),
                unit: f.waterSaved.value.unit,
                per: f.waterSaved.value.perUnitOfOutput,
              })}
            </Sourced>
          ) : (
            t('environment:entry.notGiven')
          )}
        </dd>
        {cost(t('environment:entry.buildCost'), f.buildCost)}
        {cost(t('environment:entry.runCost'), f.runCost)}
        <dt>{t('environment:facet.maturity')}</dt>
        <dd>
          <Sourced source={f.maturity.source}>{t(`environment:maturity.${f.maturity.value}`)}</Sourced>
        </dd>
      </dl>
      <h2>{t('environment:entry.evidence')}</h2>
      {f.evidence.length ? (
        <ul>
          {f.evidence.map((e, i) => (
            <li key={i}>
              <Sourced source={e.source}>{e.value}</Sourced>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('environment:entry.notGiven')}</p>
      )}
      {f.references.length > 0 && (
        <ul>
          {f.references.map((r, i) => (
            <li key={i}>
              {r.url ? <a href={r.url}>{r.title}</a> : r.title} {r.year ?? ''}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('environment:entry.places')}</h2>
      <PlacesMap places={f.places} />
      {d.photos.length > 0 && (
        <ul>
          {d.photos.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      )}
      <h2>{t('environment:entry.links')}</h2>
      <ul data-testid="tech-links">
        {d.projects.map((p) => (
          <li key={p.id}>
            {t('environment:entry.appliedIn')}{' '}
            <Link to="/projects/$id" params={{ id: p.id }}>
              {loc(p.title)}
            </Link>
          </li>
        ))}
        {d.plan.map((p) => (
          <li key={`${p.planId}/${p.itemId}`}>
            {t('environment:entry.planItem')} {loc(p.planTitle)}: {loc(p.itemTitle)} {p.demo && <DemoBadge />}
          </li>
        ))}
        {f.waterBodies.map((id) => (
          <li key={id}>
            <Link to="/environment/water-bodies/$id" params={{ id }}>
              {t('environment:entry.waterBody')}
            </Link>
          </li>
        ))}
      </ul>
      <h2>{t('environment:entry.versions')}</h2>
      <ol className="env-versions" data-testid="tech-versions">
        {d.versions.map((v) => (
          <li key={v.version}>
            <Link
              to="/environment/technologies/$code"
              params={{ code: d.code }}
              search={{ version: v.version }}
            >
              {t('environment:entry.version', { version: v.version })}
            </Link>{' '}
            {t(`environment:status.${v.status}`)} · {t('environment:entry.editionN', { edition: v.edition })}
            {v.publishedAt && ` · ${new Date(v.publishedAt).toLocaleDateString(intl)}`}
          </li>
        ))}
      </ol>
    </div>
  );
}
