import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useAuth } from '../../auth';
import { organisationCountriesOf } from '../api/projectPermissions';
import { useOrganisations } from '../api/useOrganisations';
import { OrganisationForm } from '../components/OrganisationForm';
import { OrganisationsTable } from '../components/OrganisationsTable';

/** The register of organisations that sponsor and fund projects, and for those allowed, its form. */
export function OrganisationsPage() {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const organisations = useOrganisations();
  useDocumentTitle(t('projects:organisations.title'));
  const countries = organisationCountriesOf(me);
  const mayRegister = countries === 'any' || countries.length > 0;

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/projects">{t('projects:backToList')}</Link>
      </p>
      <h1>{t('projects:organisations.title')}</h1>
      <p className="lead">{t('projects:organisations.intro')}</p>
      <ProblemAlert error={organisations.error} />
      {organisations.data ? (
        <OrganisationsTable organisations={organisations.data} />
      ) : (
        organisations.isPending && <Loading />
      )}
      {mayRegister && <OrganisationForm countries={countries} />}
    </div>
  );
}
