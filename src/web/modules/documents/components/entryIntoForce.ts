import type { TFunction } from 'i18next';
import type { Explanation } from '../../../../contracts/documents';
import { formatPartialDate } from '../../../ui/dates';

type Param = Explanation['params'][string] | undefined;

const text = (value: Param): string => (typeof value === 'string' ? value : '');
const count = (value: Param): number => (typeof value === 'number' ? value : Number(value ?? 0));

/**
 * The server's explanation of an entry into force, as a sentence in the reader's language with the
 * dates written the way that language writes them: 'In force since 2 March 2025: 30 days after the
 * last of 10 notifications, received 31 January 2025.' A date after `today` ('YYYY-MM-DD', the
 * calendar day the server counts in, UTC) reads 'Enters into force on …'. A key this version does not
 * know is shown in the server's English rather than not at all.
 */
export function explainEntryIntoForce(
  explanation: Explanation,
  t: TFunction,
  language: string | undefined,
  today: string,
): string {
  const p = explanation.params;
  const day = (value: Param) => formatPartialDate(text(value), language);
  const future = text(p.date) > today;
  switch (explanation.key) {
    case 'eif.no_rule':
      return t('documents:eif.no_rule');
    case 'eif.not_signed':
      return t('documents:eif.not_signed');
    case 'eif.no_signatories':
      return t('documents:eif.no_signatories');
    case 'eif.signatures_not_recorded':
      return t('documents:eif.signatures_not_recorded', { date: day(p.signedAt) });
    case 'eif.waiting_required':
      return t('documents:eif.waiting_required', { count: count(p.count) });
    case 'eif.waiting_notifications':
      return t('documents:eif.waiting_notifications', {
        received: count(p.received),
        needed: count(p.needed),
      });
    case 'eif.on_signature':
      return future
        ? t('documents:eif.on_signature.future', { date: day(p.date) })
        : t('documents:eif.on_signature.since', { date: day(p.date) });
    case 'eif.after_last_notification':
    case 'eif.after_nth_notification': {
      const values = {
        date: day(p.date),
        days: t('documents:eif.days', { count: count(p.days) }),
        which:
          explanation.key === 'eif.after_last_notification'
            ? t('documents:eif.lastOf', { count: count(p.count) })
            : t('documents:eif.nth', { n: count(p.count) }),
        received: day(p.received),
      };
      return future
        ? t('documents:eif.after_notification.future', values)
        : t('documents:eif.after_notification.since', values);
    }
    case 'eif.after_required': {
      const values = { date: day(p.date), base: day(p.base) };
      // The same key serves both rules; only the notification rule sends the number of days.
      if (p.days !== undefined)
        return future
          ? t('documents:eif.after_required.notifications.future', values)
          : t('documents:eif.after_required.notifications.since', values);
      return future
        ? t('documents:eif.after_required.signature.future', values)
        : t('documents:eif.after_required.signature.since', values);
    }
    case 'eif.known_date':
      return future
        ? t('documents:eif.known_date.future', { date: day(p.date) })
        : t('documents:eif.known_date.since', { date: day(p.date) });
    case 'eif.terminated':
      return t('documents:eif.terminated', { date: day(p.date) });
    default:
      return explanation.text;
  }
}
