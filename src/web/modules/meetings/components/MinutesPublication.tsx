import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contracts/meetings';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useNow } from '../../../ui/useNow';
import { usePublishMinutes } from '../api/useMeetingWrites';

/** The Secretariat publishes the minutes once the agenda is out and the meeting has reached its last day. */
export function MinutesPublication({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation('meetings');
  // The host's calendar day, as the server judges it; sv-SE writes dates as YYYY-MM-DD.
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: meeting.timeZone }).format(useNow(60_000));
  const publish = usePublishMinutes(meeting.id);
  const notYet = !meeting.agendaPublishedAt
    ? t('meetings:minutes.needsAgenda')
    : today < meeting.endDate
      ? t('meetings:minutes.needsEnd')
      : null;
  return (
    <div className="minutes-publication" data-testid="minutes-publication">
      {notYet && <p className="field__hint">{notYet}</p>}
      <ConfirmButton
        title={t('meetings:minutes.publishTitle')}
        message={t('meetings:minutes.publishMessage', { n: meeting.minutes.decisions.length })}
        irreversible={t('meetings:minutes.publishIrreversible')}
        disabled={!!notYet || publish.isPending}
        onConfirm={() => publish.mutate()}
      >
        {t('meetings:minutes.publish')}
      </ConfirmButton>
      <ProblemAlert error={publish.error} />
    </div>
  );
}
