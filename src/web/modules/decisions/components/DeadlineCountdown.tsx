import { useTranslation } from 'react-i18next';
import { formatInstantInZone } from '../../../ui/dates';
import { useLanguage } from '../../../ui/useLanguage';
import { useNow } from '../../../ui/useNow';
import { formatRemaining, remainingUntil } from './countdown';

interface DeadlineCountdownProps {
  deadline: string;
  /** Only an open procedure counts down; a closed one just states its deadline. */
  running: boolean;
}

/** The deadline in the reader's own time zone, named, and the time left until it. */
export function DeadlineCountdown({ deadline, running }: DeadlineCountdownProps) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  // Minutes are the smallest unit shown; a few seconds' lag at a minute's turn goes unnoticed.
  const now = useNow(5_000);
  const remaining = remainingUntil(deadline, now);
  let left: string;
  if (remaining.passed) left = t('decisions:deadline.passed');
  else if (remaining.days === 0 && remaining.hours === 0 && remaining.minutes === 0)
    left = t('decisions:deadline.underAMinute');
  else left = t('decisions:deadline.left', { duration: formatRemaining(remaining, code) });

  return (
    <div className="deadline" data-testid="deadline">
      <p className="deadline__when">
        <span className="deadline__label">{t('decisions:deadline.label')}</span>{' '}
        <time dateTime={deadline}>{formatInstantInZone(deadline, code)}</time>
      </p>
      {running && (
        <p
          className={remaining.passed ? 'countdown countdown--passed' : 'countdown'}
          role="timer"
          data-testid="countdown"
        >
          {left}
        </p>
      )}
    </div>
  );
}
