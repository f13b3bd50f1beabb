import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant, formatPartialDate } from '../../../ui/dates';
import { DemoBadge } from '../../../ui/DemoBadge';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useLanguage } from '../../../ui/useLanguage';
import { useLocalized } from '../../../ui/useLocalized';
import { useAuth } from '../../auth';
import { useStateNames, useStates } from '../../states';
import {
  ADOPTION_ROLES,
  COMMENT_ROLES,
  CONTENT_LANGUAGES,
  pickLanguage,
  SECRETARIAT_VOICE_ROLES,
  statesWithRole,
  usePractice,
  type ContentLanguage,
  type PracticeDto,
} from '../api/practices';
import { AdoptionForm } from '../components/AdoptionForm';
import { LanguageNote } from '../components/LanguageNote';
import { PracticeDiscussion } from '../components/PracticeDiscussion';
import { TlpBadge } from '../components/TlpBadge';

const route = getRouteApi('/cyber/practices/$id');

/** One practice: its text in the reader's language (or marked as another), adoptions, plan links, discussion. */
export function PracticePage() {
  const { id } = route.useParams();
  const practice = usePractice(id);
  return (
    <div className="page">
      <p className="breadcrumb">
        <BackLink />
      </p>
      {practice.data ? <Practice practice={practice.data} /> : practice.isPending && <Loading />}
      <ProblemAlert error={practice.error} />
    </div>
  );
}

function BackLink() {
  const { t } = useTranslation('cyberPractices');
  return <Link to="/cyber/practices">{t('cyberPractices:back')}</Link>;
}

function Practice({ practice }: { practice: PracticeDto }) {
  const { t } = useTranslation('cyberPractices');
  const { content: uiLanguage, code } = useLanguage();
  const { me } = useAuth();
  const states = useStates();
  const stateName = useStateNames();
  const [chosen, setChosen] = useState<ContentLanguage | null>(null);
  const wanted = chosen ?? uiLanguage;
  const picked = pickLanguage(practice.content, wanted);
  useDocumentTitle(picked?.text.title);
  if (!picked) return null;

  const members = (states.data ?? []).filter((s) => s.status === 'member').map((s) => s.code);
  const mandates = me?.mandates ?? [];
  const adopters = statesWithRole(mandates, ADOPTION_ROLES, members);
  const secretariatVoice = mandates.some((m) =>
    (SECRETARIAT_VOICE_ROLES as readonly string[]).includes(m.role),
  );
  const voices = [
    ...statesWithRole(mandates, COMMENT_ROLES, members),
    ...(secretariatVoice ? ['secretariat'] : []),
  ];
  const memberReader = mandates.some((m) => m.state && members.includes(m.state));
  const available = CONTENT_LANGUAGES.filter((l) => practice.content[l]);

  return (
    <article className="practice">
      <div className="page-head">
        <h1 lang={picked.language}>{picked.text.title}</h1>
        <p className="page-head__meta">
          <TlpBadge marking={practice.marking} />
          {practice.demo && <DemoBadge />}
          {practice.tags.map((tag) => (
            <Link key={tag} className="tag" to="/cyber/practices" search={{ tag }}>
              {tag}
            </Link>
          ))}
        </p>
        <p className="muted">
          {t('cyberPractices:proposedBy', { state: stateName(practice.proposerState) })} ·{' '}
          {t('cyberPractices:proposedOn', { date: formatInstant(practice.proposedAt, code) })}
          {practice.version > 1 &&
            `, ${t('cyberPractices:updatedOn', { date: formatInstant(practice.updatedAt, code) })}`}
        </p>
      </div>
      {available.length > 1 && (
        <p className="inline-list" data-testid="read-in">
          {t('cyberPractices:readIn')}:{' '}
          {available.map((l) => (
            <button
              key={l}
              type="button"
              className="link-button"
              aria-pressed={picked.language === l}
              onClick={() => setChosen(l)}
              lang={l}
            >
              {t(`cyberPractices:language.${l}`)}
            </button>
          ))}
        </p>
      )}
      <LanguageNote wanted={wanted} shown={picked.language} translation={picked.text.translation} />
      <section lang={picked.language} data-testid="practice-text">
        <p className="lead">{picked.text.summary}</p>
        <div className="practice-text">{picked.text.body}</div>
      </section>

      <section aria-labelledby="practice-adoptions">
        <h2 id="practice-adoptions">{t('cyberPractices:adoptions.title')}</h2>
        {practice.adoptions.length === 0 ? (
          <p className="muted">{t('cyberPractices:adoptions.none')}</p>
        ) : (
          <ul className="adoption-list" data-testid="adoptions">
            {practice.adoptions.map((a) => {
              const outcome = pickLanguage(a.outcome, wanted);
              return (
                <li key={a.state} className="card adoption" data-state={a.state}>
                  <p className="adoption__head">
                    <strong>{stateName(a.state)}</strong>
                    <span className={`adoption__status adoption__status--${a.status}`}>
                      {t(`cyberPractices:status.${a.status}`)}
                    </span>
                    <time dateTime={a.date}>{formatPartialDate(a.date, code)}</time>
                  </p>
                  {outcome && (
                    <>
                      <LanguageNote
                        wanted={wanted}
                        shown={outcome.language}
                        translation={outcome.text.translation}
                      />
                      <p className="adoption__outcome" lang={outcome.language}>
                        {outcome.text.text}
                      </p>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {adopters.length > 0 && <AdoptionForm practiceId={practice.id} states={adopters} />}
      </section>

      <PlanItems practice={practice} />

      <PracticeDiscussion
        practiceId={practice.id}
        voices={voices}
        mayRead={memberReader || secretariatVoice}
      />

      <section aria-labelledby="practice-stix" className="practice-stix">
        <h2 id="practice-stix">{t('cyberPractices:stix.title')}</h2>
        <p className="muted">{t('cyberPractices:stix.hint')}</p>
        <ul>
          <li>
            {t('cyberPractices:stix.coa')}: <code>{practice.stix.courseOfActionId}</code>
          </li>
          <li>
            {t('cyberPractices:stix.report')}: <code>{practice.stix.reportId}</code>
          </li>
        </ul>
      </section>
    </article>
  );
}

function PlanItems({ practice }: { practice: PracticeDto }) {
  const { t } = useTranslation('cyberPractices');
  const localized = useLocalized();
  return (
    <section aria-labelledby="practice-plan-items">
      <h2 id="practice-plan-items">{t('cyberPractices:planItems.title')}</h2>
      {practice.planItems.length === 0 ? (
        <p className="muted">{t('cyberPractices:planItems.none')}</p>
      ) : (
        <ul className="link-list" data-testid="plan-items">
          {practice.planItems.map((i) => (
            <li key={`${i.planId}/${i.itemId}`}>
              <Link to="/plans/$id" params={{ id: i.planId }}>
                {localized(i.itemTitle)}
              </Link>{' '}
              <span className="muted">({localized(i.planTitle)})</span> {i.demo && <DemoBadge />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
