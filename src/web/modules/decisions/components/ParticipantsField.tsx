import { useTranslation } from 'react-i18next';
import type { StateSummaryDto } from '../../../../contracts/states';
import { StateChecklist } from '../../../ui/StateChecklist';

interface ParticipantsFieldProps {
  members: StateSummaryDto[];
  value: string[];
  onChange: (codes: string[]) => void;
}

/** The member states taking part in a decision. */
export function ParticipantsField({ members, value, onChange }: ParticipantsFieldProps) {
  const { t } = useTranslation('decisions');
  return (
    <StateChecklist
      legend={t('decisions:form.participants')}
      hint={t('decisions:form.participantsHint', { n: value.length, total: members.length })}
      states={members}
      value={value}
      onChange={onChange}
      selectAllLabel={t('decisions:form.selectAll')}
      selectNoneLabel={t('decisions:form.selectNone')}
    />
  );
}
