import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { ExternalLink } from '../../../ui/ExternalLink';
import { Translated } from '../../../ui/Translated';
import type { OrganisationDto } from '../api/projectsApi';
import { useCountryNames } from '../api/useCountryNames';

/** The register: companies, banks and funds that may sponsor or fund projects, by country. */
export function OrganisationsTable({ organisations }: { organisations: OrganisationDto[] }) {
  const { t } = useTranslation('projects');
  const countryName = useCountryNames();
  if (organisations.length === 0) return <p className="muted">{t('projects:organisations.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="organisations-caption" tabIndex={0}>
      <table className="table" data-testid="organisations">
        <caption id="organisations-caption">
          {t('projects:organisations.caption', { count: organisations.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects:organisations.name')}</th>
            <th scope="col">{t('projects:organisations.kind')}</th>
            <th scope="col">{t('projects:organisations.country')}</th>
            <th scope="col">{t('projects:organisations.website')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id} data-organisation={o.id}>
              <th scope="row">
                <Translated value={o.nameLocalized} /> {o.demo && <DemoBadge />}
              </th>
              <td>{t(`projects:organisationKind.${o.kind}`)}</td>
              <td>{countryName(o.country)}</td>
              <td>
                {o.website ? (
                  <ExternalLink href={o.website}>{t('projects:organisations.visit')}</ExternalLink>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
