import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useBodyNames } from '../../states';
import { useProgrammes } from '../api/cultureApi';
import '../components/culture.css';
import { CultureNav } from '../components/CultureNav';
import { CYCLE_LABEL } from '../components/labels';

/** The lists: what each is, its criteria, the dossier it asks for, its calendar and who decides. */
export function CulturePage() {
  const { t } = useTranslation('culture');
  const programmes = useProgrammes();
  const bodyName = useBodyNames();
  useDocumentTitle(t('culture:programmes.title'));
  return (
    <main>
      <h1>{t('culture:programmes.title')}</h1>
      <CultureNav />
      <p>{t('culture:programmes.intro')}</p>
      {programmes.isError && <ProblemAlert error={programmes.error} />}
      {!programmes.data ? (
        <Loading />
      ) : (
        <div data-testid="culture-programmes">
          {programmes.data.map((p) => (
            <section key={p.code} className="card culture-programme" data-programme={p.code}>
              <h2>
                <Translated value={p.name} />
              </h2>
              <p>
                <Translated value={p.description} />
              </p>
              <p>
                <strong>{t('culture:programmes.body')}</strong> {bodyName(p.body)} · {t(CYCLE_LABEL[p.cycle])}
              </p>
              <h3>{t('culture:programmes.criteria')}</h3>
              <ul>
                {p.criteria.map((c) => (
                  <li key={c.code}>
                    <Translated value={c.text} />
                  </li>
                ))}
              </ul>
              <h3>{t('culture:programmes.checklist')}</h3>
              <ul>
                {p.checklist.map((c) => (
                  <li key={c.part}>
                    <Translated value={c.label} />
                    {c.required ? ` (${t('culture:programmes.required')})` : ''}
                  </li>
                ))}
              </ul>
              <h3>{t('culture:programmes.calendar')}</h3>
              <ol className="culture-calendar">
                {p.calendar.map((s) => (
                  <li key={s.step}>
                    <Translated value={s.label} />: {s.monthDay ?? t('culture:programmes.noDate')}
                  </li>
                ))}
              </ol>
              <p className="muted culture-source">
                {t('culture:source')}: {p.source}
              </p>
            </section>
          ))}
        </div>
      )}
    </main>
  );
}
