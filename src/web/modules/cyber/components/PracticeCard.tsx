import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../ui/DemoBadge';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { ADOPTION_STATUSES, pickLanguage, type PracticeSummary } from '../api/practices';
import { LanguageNote } from './LanguageNote';
import { TlpBadge } from './TlpBadge';

export function PracticeCard({ practice }: { practice: PracticeSummary }) {
  const { t } = useTranslation('cyberPractices');
  const { content: wanted } = useLanguage();
  const stateName = useStateNames();
  const picked = pickLanguage(practice.content, wanted);
  if (!picked) return null;
  const adoptions = ADOPTION_STATUSES.filter((s) => practice.adoptions[s]);
  return (
    <li className="card practice-card" data-practice={practice.id}>
      <h2 className="practice-card__title">
        <Link to="/cyber/practices/$id" params={{ id: practice.id }} lang={picked.language}>
          {picked.text.title}
        </Link>
      </h2>
      <p className="practice-card__marks">
        <TlpBadge marking={practice.marking} />
        {practice.demo && <DemoBadge />}
        {practice.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </p>
      <LanguageNote wanted={wanted} shown={picked.language} translation={picked.text.translation} />
      <p lang={picked.language}>{picked.text.summary}</p>
      <p className="muted">
        {t('cyberPractices:proposedBy', { state: stateName(practice.proposerState) })}
        {adoptions.length > 0 && ' · '}
        {adoptions
          .map((s) => t(`cyberPractices:adoptionCount.${s}`, { count: practice.adoptions[s] }))
          .join(', ')}
      </p>
    </li>
  );
}
