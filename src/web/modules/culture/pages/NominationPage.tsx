import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { Translated } from '../../../ui/Translated';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useStateNames } from '../../states';
import { useNomination, useProgrammes } from '../api/cultureApi';
import '../components/culture.css';
import { CultureNav } from '../components/CultureNav';
import { NOMINATION_STATUS_LABEL } from '../components/labels';

/** A nomination and its dossier against the programme's checklist: each part given, or missing. */
export function NominationPage() {
  const { id } = useParams({ from: '/culture/nominations/$id' });
  const { t } = useTranslation('culture');
  const n = useNomination(id);
  const programmes = useProgrammes();
  const stateName = useStateNames();
  useDocumentTitle(t('culture:nominations.title'));
  if (n.isError) return <ProblemAlert error={n.error} />;
  if (!n.data || !programmes.data) return <Loading />;
  const p = programmes.data.find((x) => x.code === n.data.programme);
  return (
    <main>
      <h1>
        <Translated value={n.data.name} />
      </h1>
      <CultureNav />
      <dl className="facts">
        <dt>{t('culture:programme')}</dt>
        <dd>{p ? <Translated value={p.name} /> : n.data.programme}</dd>
        <dt>{t('culture:states')}</dt>
        <dd>
          {n.data.states
            .map(
              (s) =>
                `${stateName(s)}${n.data.consents.includes(s) ? '' : ` (${t('culture:nominations.noConsent')})`}`,
            )
            .join(', ')}
        </dd>
        <dt>{t('culture:status')}</dt>
        <dd data-testid="nomination-status">{t(NOMINATION_STATUS_LABEL[n.data.status])}</dd>
        {n.data.decisionId && (
          <>
            <dt>{t('culture:decision')}</dt>
            <dd>
              <Link to="/decisions/$id" params={{ id: n.data.decisionId }}>
                {t('culture:decision')}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <h2>{t('culture:dossier.title')}</h2>
      <ul className="culture-checklist" data-testid="dossier-checklist">
        {(p?.checklist ?? []).map((c) => {
          const files = n.data.parts.filter((x) => x.part === c.part);
          return (
            <li key={c.part} data-part={c.part} data-given={files.length > 0}>
              <span aria-hidden="true">{files.length ? '✔ ' : c.required ? '✘ ' : '○ '}</span>
              <Translated value={c.label} />
              {c.required ? ` (${t('culture:programmes.required')})` : ''}:{' '}
              {files.length
                ? files.map((f) => (
                    <a key={f.fileId} href={`/api/v1/culture/nominations/${n.data.id}/parts/${f.fileId}`}>
                      {f.name}
                    </a>
                  ))
                : t('culture:dossier.missing')}
            </li>
          );
        })}
      </ul>
    </main>
  );
}
