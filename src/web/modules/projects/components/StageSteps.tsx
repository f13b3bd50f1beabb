import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../contracts/projects';
import { CYCLE } from './projectValues';

/** Where the project stands in the cycle; a cancelled project shows the stage it left from. */
export function StageSteps({ stage, cancelledFrom }: { stage: Stage; cancelledFrom?: Stage }) {
  const { t } = useTranslation('projects');
  const current = CYCLE.indexOf(stage === 'cancelled' ? (cancelledFrom ?? 'identification') : stage);
  return (
    <ol className="stage-steps" aria-label={t('projects:stages.label')}>
      {CYCLE.map((s, i) => {
        const state = i < current ? 'done' : i === current && stage !== 'cancelled' ? 'current' : 'ahead';
        return (
          <li
            key={s}
            className={`stage-steps__step stage-steps__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stage-steps__mark" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span>{t(`projects:stage.${s}`)}</span>
            {state === 'done' && <span className="visually-hidden"> ({t('projects:stages.passed')})</span>}
          </li>
        );
      })}
    </ol>
  );
}
