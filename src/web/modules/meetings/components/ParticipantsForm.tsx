import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contracts/meetings';
import type { StateSummaryDto } from '../../../../contracts/states';
import { MutationForm } from '../../../ui/MutationForm';
import { StateChecklist } from '../../../ui/StateChecklist';
import { usePatchMeeting } from '../api/useMeetingWrites';

/** Who takes part: member states, partners and observers as the Secretariat records them. */
export function ParticipantsForm({ meeting, states }: { meeting: MeetingDto; states: StateSummaryDto[] }) {
  const { t } = useTranslation('meetings');
  const patch = usePatchMeeting(meeting.id);
  const [participants, setParticipants] = useState(meeting.participants);
  const candidates = states.filter((s) => PARTICIPANT_STATUSES.has(s.status));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    patch.mutate({ participants });
  }

  return (
    <MutationForm
      mutation={patch}
      submitLabel={t('meetings:participants.save')}
      success={t('meetings:participants.saved')}
      fieldLabels={{ '/participants': t('meetings:form.participants') }}
      className="form form--card"
      onSubmit={submit}
      data-testid="participants-form"
    >
      <StateChecklist
        legend={t('meetings:form.participants')}
        hint={t('meetings:form.participantsHint', { n: participants.length })}
        states={candidates}
        value={participants}
        onChange={(v) => {
          patch.reset();
          setParticipants(v);
        }}
        selectAllLabel={t('meetings:form.selectAll')}
        selectNoneLabel={t('meetings:form.selectNone')}
      />
    </MutationForm>
  );
}

/** The states a meeting may invite: not applicants, suspended or former members. */
export const PARTICIPANT_STATUSES = new Set(['member', 'partner', 'observer', 'dialogue_partner']);
