import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PartnerDto } from '../../../../contracts/transport';
import { formatInstant } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useAuth } from '../../auth';
import { useCountryName } from '../components/useCountryName';
import { useNodes, usePartners } from '../api/transportApi';
import { PARTNER_STATUS_LABEL, SERVICE_LABEL } from '../components/labels';
import { PartnerApplyForm } from '../components/PartnerApplyForm';
import { TransportNav } from '../components/TransportNav';

/** The ports and logistics centres that may join: those of the states the user coordinates. */
const PORT_TYPES = new Set([
  'seaport',
  'caspian_port',
  'river_port',
  'inland_port',
  'dry_port',
  'logistics_hub',
]);

/** The partnership network of strategic ports and logistics centres: members, applications, and applying. */
export function PartnersPage() {
  const { t } = useTranslation('transport');
  const { intl } = useLanguage();
  const { me } = useAuth();
  const stateName = useCountryName();
  const partners = usePartners();
  const nodes = useNodes();
  useDocumentTitle(t('transport:partners.title'));
  const coordinated = new Set(
    (me?.mandates ?? []).filter((m) => m.role === 'national_coordinator' && m.state).map((m) => m.state!),
  );
  const name = new Map((nodes.data ?? []).map((n) => [n.id, n.name]));
  const mayApply = (nodes.data ?? []).filter((n) => coordinated.has(n.country) && PORT_TYPES.has(n.type));

  const table = (status: PartnerDto['status'], heading: string, testId: string) => {
    const rows = (partners.data ?? []).filter((p) => p.status === status);
    return (
      <section aria-labelledby={`${testId}-heading`}>
        <h2 id={`${testId}-heading`}>{heading}</h2>
        {rows.length === 0 ? (
          <p data-testid={testId}>{t('transport:partners.none')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby={`${testId}-heading`} tabIndex={0}>
            <table className="table" data-testid={testId}>
              <thead>
                <tr>
                  <th scope="col">{t('transport:partners.node')}</th>
                  <th scope="col">{t('transport:country')}</th>
                  <th scope="col">{t('transport:partners.services')}</th>
                  <th scope="col">{t('transport:partners.appliedAt')}</th>
                  <th scope="col">{t('transport:partners.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id} data-partner-row={p.node}>
                    <th scope="row">
                      <Link to="/transport/nodes/$id" params={{ id: p.node }}>
                        {name.get(p.node) ?? p.node}
                      </Link>
                    </th>
                    <td>{stateName(p.state)}</td>
                    <td>
                      {p.terms.services.length === 0
                        ? t('transport:partners.noServices')
                        : p.terms.services.map((s) => t(SERVICE_LABEL[s])).join(', ')}
                    </td>
                    <td>{formatInstant(p.appliedAt, intl)}</td>
                    <td>
                      <Link to="/decisions/$id" params={{ id: p.decisionId }}>
                        {p.decisionNumber ?? t(PARTNER_STATUS_LABEL[p.status])}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    );
  };

  return (
    <div className="page">
      <h1>{t('transport:partners.title')}</h1>
      <p className="lead">{t('transport:partners.intro')}</p>
      <TransportNav />
      <ProblemAlert error={partners.error} />
      {partners.data ? (
        <>
          {table('member', t('transport:partners.members'), 'partners-members')}
          {table('applied', t('transport:partners.applications'), 'partners-applications')}
          {table('not_admitted', t('transport:partners.notAdmitted'), 'partners-not-admitted')}
        </>
      ) : (
        <Loading />
      )}
      {mayApply.length > 0 && <PartnerApplyForm nodes={mayApply} />}
    </div>
  );
}
