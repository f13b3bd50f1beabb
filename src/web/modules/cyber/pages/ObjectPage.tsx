import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isProblemError } from '../../../app/apiFetch';
import { DemoBadge } from '../../../ui/DemoBadge';
import { formatInstant } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { useCyberCollections, useCyberObject } from '../api/cyberApi';
import { ObjectGraph } from '../components/ObjectGraph';
import { TlpLabel } from '../components/TlpLabel';
import { useCollectionTitle } from '../components/useCollectionTitle';

const route = getRouteApi('/cyber/collections/$collectionId/objects/$objectId');

/**
 * One object as the reader receives it: its facts, its neighbours drawn as a graph, its versions and
 * its STIX properties (without those its granular markings hide from this reader).
 */
export function ObjectPage() {
  const { t } = useTranslation('cyber');
  const { code } = useLanguage();
  const { collectionId, objectId } = route.useParams();
  const { version } = route.useSearch();
  const object = useCyberObject(collectionId, objectId, version);
  const stateName = useStateNames();
  const collections = useCyberCollections('week');
  const title = useCollectionTitle();
  const o = object.data;
  useDocumentTitle(o ? (o.summary.label ?? o.summary.id) : t('cyber:object.title'));

  if (!o) {
    if (object.isPending) return <Loading />;
    const missing = isProblemError(object.error) && object.error.status === 404;
    return (
      <div className="page">
        <p className="breadcrumb">
          <Link to="/cyber/objects">{t('cyber:browser.title')}</Link>
        </p>
        <h1>{t('cyber:object.title')}</h1>
        {missing ? (
          <p className="notice" data-testid="cyber-object-missing">
            {t('cyber:object.missing')}
          </p>
        ) : (
          <ProblemAlert error={object.error} />
        )}
      </div>
    );
  }
  const s = o.summary;
  const collection = collections.data?.collections.find((c) => c.id === s.collectionId);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/cyber/objects">{t('cyber:browser.title')}</Link>
      </p>
      <div className="page-head">
        <h1>{s.label ?? s.id}</h1>
        <p className="page-head__meta">
          <TlpLabel level={s.tlp} /> <code>{s.type}</code> {s.demo && <DemoBadge />}
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('cyber:object.id')}</dt>
          <dd>
            <code className="cyber-id">{s.id}</code>
          </dd>
        </div>
        <div>
          <dt>{t('cyber:object.collection')}</dt>
          <dd>
            <Link to="/cyber/objects" search={{ collection: s.collectionId }}>
              {collection ? title(collection) : o.collectionTitle}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('cyber:object.cert')}</dt>
          <dd>{stateName(s.publisherState)}</dd>
        </div>
        <div>
          <dt>{t('cyber:object.version')}</dt>
          <dd>
            <code>{s.version}</code>
          </dd>
        </div>
        <div>
          <dt>{t('cyber:object.added')}</dt>
          <dd>
            <time dateTime={s.dateAdded}>{formatInstant(s.dateAdded, code)}</time>
          </dd>
        </div>
      </dl>

      <section aria-labelledby="cyber-graph-heading">
        <h2 id="cyber-graph-heading">{t('cyber:graph.title')}</h2>
        <ObjectGraph graph={o.graph} />
      </section>

      <section aria-labelledby="cyber-versions-heading">
        <h2 id="cyber-versions-heading">{t('cyber:versions.title')}</h2>
        <ol data-testid="cyber-versions">
          {o.versions.map((v) => (
            <li key={v.version}>
              {v.current ? (
                <strong aria-current="true">
                  <code>{v.version}</code> · {t('cyber:versions.shown')}
                </strong>
              ) : (
                <Link
                  to="/cyber/collections/$collectionId/objects/$objectId"
                  params={{ collectionId, objectId }}
                  search={{ version: v.version }}
                >
                  <code>{v.version}</code>
                </Link>
              )}{' '}
              <TlpLabel level={v.tlp} />{' '}
              <span className="muted">
                {t('cyber:versions.added', { date: formatInstant(v.dateAdded, code) })}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="cyber-stix-heading" className="cyber-properties">
        <h2 id="cyber-stix-heading">{t('cyber:object.stix')}</h2>
        <p className="field__hint">{t('cyber:object.stixHint')}</p>
        <pre lang="en" data-testid="cyber-stix">
          {JSON.stringify(o.stix, null, 2)}
        </pre>
      </section>
    </div>
  );
}
