import { useTranslation } from 'react-i18next';

/** Facts from the SCO Charter and the reference data's sources; nothing here is a claim of ours. */
export function AboutSco() {
  const { t } = useTranslation('home');
  return (
    <section aria-labelledby="about-heading" className="card">
      <h2 id="about-heading">{t('home:about.title')}</h2>
      <p>{t('home:about.founded')}</p>
      <ul>
        <li>{t('home:about.secretariat')}</li>
        <li>{t('home:about.rats')}</li>
        <li>{t('home:about.languages')}</li>
      </ul>
    </section>
  );
}
