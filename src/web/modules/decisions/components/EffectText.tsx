import { useTranslation } from 'react-i18next';
import type { Effect } from '../../../../contracts/decisions';
import { useStateNames } from '../../states';

/** 'Azerbaijan: status → Member state', with the admission step where one is named. */
export function EffectText({ effect }: { effect: Effect }) {
  const { t } = useTranslation('decisions');
  const stateName = useStateNames();
  const change = t('decisions:effect.statusChange', {
    state: stateName(effect.state),
    status: t(`states:status.${effect.status}`),
  });
  return (
    <span className="effect" data-testid="decision-effect">
      {effect.step
        ? t('decisions:effect.withStep', { change, step: t(`decisions:step.${effect.step}`) })
        : change}
    </span>
  );
}
