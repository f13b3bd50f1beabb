import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AboutSco } from '../components/AboutSco';
import { BodiesList } from '../components/BodiesList';
import { CurrentChairmanship } from '../components/CurrentChairmanship';
import { StateCounts } from '../components/StateCounts';

export function HomePage() {
  const { t } = useTranslation('home');
  useDocumentTitle(undefined);
  return (
    <div className="page">
      <h1>{t('home:title')}</h1>
      <p className="lead">{t('home:lead')}</p>
      <div className="cards">
        <AboutSco />
        <StateCounts />
        <CurrentChairmanship />
        <BodiesList />
      </div>
    </div>
  );
}
