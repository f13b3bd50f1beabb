import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegimeDto, Source } from '../../../../contracts/regimes';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLocalized } from '../../../ui/useLocalized';
import { useStateNames } from '../../states';
import { useRegime } from '../api/regimesApi';
import { STATUS_LABEL, TYPE_LABEL, VISA_LABEL } from '../components/labels';
import { RegimesNav } from '../components/RegimesNav';
import { SourceNote } from '../components/SourceNote';
import { ZoneMap } from '../components/ZoneMap';
import '../components/regimes.css';

/** One regime: each value with its source or marked unsourced, its status history, its zone on a map. */
export function RegimePage() {
  const { code } = useParams({ from: '/regimes/$code' });
  const { t } = useTranslation('regimes');
  const localized = useLocalized();
  const stateName = useStateNames();
  const regime = useRegime(code);
  useDocumentTitle(regime.data ? localized(regime.data.name) : t('regimes:title'));
  if (regime.error) return <ProblemAlert error={regime.error} />;
  if (!regime.data) return <Loading />;
  const r: RegimeDto = regime.data;
  const none = <span className="muted">{t('regimes:none')}</span>;
  const fact = (label: string, value: ReactNode, source: Source | null, given: boolean) => (
    <>
      <dt>{label}</dt>
      <dd>
        {given ? value : none} {given && <SourceNote source={source} />}
      </dd>
    </>
  );
  const l = r.legalBasis.value;
  const v = r.visa.value;
  const validity = r.validity.value;

  return (
    <div className="page">
      <p>
        <Link to="/regimes">{t('regimes:title')}</Link>
      </p>
      <h1>
        {localized(r.name)} {r.demo && <DemoBadge />}
      </h1>
      <RegimesNav />
      <dl className="regime-facts" data-testid="regime-facts">
        <dt>{t('regimes:code')}</dt>
        <dd>{r.code}</dd>
        <dt>{t('regimes:country')}</dt>
        <dd>{stateName(r.state)}</dd>
        <dt>{t('regimes:type.label')}</dt>
        <dd>{t(TYPE_LABEL[r.type])}</dd>
        {fact(
          t('regimes:legalBasis'),
          l && [l.act, l.number && `№ ${l.number}`, l.date].filter(Boolean).join(', '),
          r.legalBasis.source,
          !!l,
        )}
        {fact(t('regimes:benefits'), r.benefits.value, r.benefits.source, r.benefits.value !== null)}
        {fact(
          t('regimes:eligibility'),
          r.eligibility.value,
          r.eligibility.source,
          r.eligibility.value !== null,
        )}
        {fact(
          t('regimes:validity'),
          t('regimes:period', { from: validity.from ?? '…', until: validity.until ?? '…' }),
          r.validity.source,
          validity.from !== null || validity.until !== null,
        )}
        {r.type === 'visa_regime' &&
          fact(
            t('regimes:visa.label'),
            v &&
              t('regimes:visa.for', {
                nationals: stateName(v.nationalsOf),
                requirement: t(VISA_LABEL[v.requirement]),
                days: v.stayDays ?? '—',
              }),
            r.visa.source,
            !!v,
          )}
        {fact(t('regimes:area'), t('regimes:map.zone'), r.area.source, r.area.value !== null)}
      </dl>
      {r.area.value && <ZoneMap area={r.area.value} />}

      <h2>{t('regimes:history')}</h2>
      <table className="data-table" data-testid="regime-history">
        <thead>
          <tr>
            <th scope="col">{t('regimes:statusLabel')}</th>
            <th scope="col">{t('regimes:date')}</th>
            <th scope="col">{t('regimes:sourceLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {r.history.map((e) => (
            <tr key={e.status}>
              <td>{t(STATUS_LABEL[e.status])}</td>
              <td>{e.on}</td>
              <td>
                <SourceNote source={e.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
