import { useTranslation } from 'react-i18next';
import type { NotificationDto } from '../../../../contracts/notifications';
import { formatInstantInZone } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';

/** What happened, in a sentence: a new draft, a deadline close by, an outcome with its number. */
export function NotificationText({ notification }: { notification: NotificationDto }) {
  const { t } = useTranslation('notifications');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const { kind, data } = notification;
  // Who stated a position or reported, by name in the reader's language.
  if (typeof data.state === 'string') {
    const state = stateName(data.state);
    if (kind === 'position_recorded') return <>{t('notifications:byState.position_recorded', { state })}</>;
    if (kind === 'report_submitted') return <>{t('notifications:byState.report_submitted', { state })}</>;
  }
  if (kind === 'deadline_near' && typeof data.deadline === 'string')
    return <>{t('notifications:deadlineNear', { deadline: formatInstantInZone(data.deadline, code) })}</>;
  if (kind === 'decision_closed' && (data.result === 'adopted' || data.result === 'not_adopted'))
    return <>{t(`notifications:closed.${data.result}`, { number: String(data.number ?? '') })}</>;
  return <>{t(`notifications:kind.${kind}`)}</>;
}
