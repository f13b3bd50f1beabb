import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { formatInstant } from '../../../ui/dates';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { useDecisionVersions } from '../api/useDecisionVersions';
import { ReviseTextForm } from './ReviseTextForm';
import { VersionBody } from './VersionBody';

interface TextVersionsProps {
  decision: DecisionDto;
  /** The Secretariat, while the draft is open. */
  canRevise: boolean;
}

/**
 * Every revision of the draft, newest first; each opens to read its title and text in the three
 * languages. The Secretariat revises an open draft from here.
 */
export function TextVersions({ decision, canRevise }: TextVersionsProps) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const versions = useDecisionVersions(decision.id);
  const [revising, setRevising] = useState(false);
  const [saved, setSaved] = useState('');

  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('decisions:versions.title')}</h2>
      {canRevise &&
        (revising ? (
          <ReviseTextForm
            decision={decision}
            onDone={(updated) => {
              setRevising(false);
              if (updated) setSaved(t('decisions:revise.saved', { version: updated.version }));
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved('');
              setRevising(true);
            }}
          >
            {t('decisions:revise.open')}
          </button>
        ))}
      <p role="status" className="form__status">
        {saved}
      </p>
      <ProblemAlert error={versions.error} />
      {versions.data && (
        <ul className="versions" data-testid="text-versions">
          {[...versions.data]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.version} data-version={v.version}>
                <details>
                  <summary>
                    {t('decisions:versions.entry', {
                      version: v.version,
                      when: formatInstant(v.changedAt, code),
                    })}
                    {v.version === decision.version && (
                      <span className="versions__note"> · {t('decisions:versions.current')}</span>
                    )}
                    {v.note && <span className="versions__note"> — {v.note}</span>}
                  </summary>
                  <VersionBody version={v} authenticLanguages={decision.authenticLanguages} />
                </details>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
