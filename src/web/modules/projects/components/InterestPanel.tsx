import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useLanguage } from '../../../ui/useLanguage';
import { useAuth } from '../../auth';
import { useStateNames } from '../../states';
import { interestStatesOf } from '../api/projectPermissions';
import { useExpressInterest } from '../api/useExpressInterest';
import { useWithdrawInterest } from '../api/useWithdrawInterest';

// From approval on, the interested states are the approval decision's participants.
const WITHDRAWABLE: readonly string[] = ['identification', 'preparation', 'appraisal'];

interface InterestPanelProps {
  project: ProjectDto;
  memberCodes: readonly string[];
}

/** The member states interested in participating: they are the ones who approve the project. */
export function InterestPanel({ project, memberCodes }: InterestPanelProps) {
  const { t } = useTranslation('projects');
  const { me } = useAuth();
  const { intl } = useLanguage();
  const stateName = useStateNames();
  const interest = useExpressInterest(project.id);
  const withdraw = useWithdrawInterest(project.id);
  const busy = interest.isPending || withdraw.isPending;
  const mine = interestStatesOf(me, project, memberCodes);
  const pending = mine.filter((s) => !project.interestedStates.includes(s));
  const already = mine.filter((s) => project.interestedStates.includes(s));
  const list = (codes: string[]) =>
    new Intl.ListFormat(intl, { type: 'conjunction' }).format(codes.map(stateName));

  return (
    <section aria-labelledby="interest-heading" className="panel" data-testid="interest">
      <h2 id="interest-heading">{t('projects:interest.title')}</h2>
      <p>
        {project.interestedStates.length > 0
          ? t('projects:interest.states', { states: list(project.interestedStates) })
          : t('projects:interest.none')}
      </p>
      <p className="field__hint">{t('projects:interest.hint')}</p>
      <ProblemAlert error={interest.error ?? withdraw.error} />
      {pending.length > 0 && (
        <div className="button-row">
          {pending.map((state) => (
            <button
              key={state}
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                withdraw.reset();
                interest.mutate(state);
              }}
            >
              {mine.length > 1
                ? t('projects:interest.buttonFor', { state: stateName(state) })
                : t('projects:interest.button')}
            </button>
          ))}
        </div>
      )}
      {already.length > 0 && WITHDRAWABLE.includes(project.stage) && (
        <div className="button-row">
          {already.map((state) => (
            <button
              key={state}
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => {
                interest.reset();
                withdraw.mutate(state);
              }}
            >
              {mine.length > 1
                ? t('projects:interest.withdrawFor', { state: stateName(state) })
                : t('projects:interest.withdraw')}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="form__status">
        {already.length > 0
          ? t('projects:interest.yours', { states: list(already) })
          : withdraw.isSuccess
            ? t('projects:interest.withdrawn')
            : null}
      </p>
    </section>
  );
}
