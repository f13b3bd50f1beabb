import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { isSecretariat, statesSpokenFor, useAuth } from '../../auth';
import { AttachmentForm } from './AttachmentForm';
import { AttachmentsTable } from './AttachmentsTable';
import { attachmentVoices } from './voices';

/**
 * Files that go with the draft (annexes, explanatory notes). While it is open the Secretariat and the
 * delegations of the participating states may add one.
 */
export function Attachments({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const { me } = useAuth();
  const voices =
    decision.status === 'open'
      ? attachmentVoices({ secretariat: isSecretariat(me), states: statesSpokenFor(me) }, decision)
      : [];

  return (
    <section aria-labelledby="attachments-heading" data-testid="attachments">
      <h2 id="attachments-heading">{t('decisions:attachments.title')}</h2>
      {decision.attachments.length === 0 ? (
        <p className="muted">{t('decisions:attachments.none')}</p>
      ) : (
        <AttachmentsTable decision={decision} />
      )}
      {voices.length > 0 && <AttachmentForm decisionId={decision.id} voices={voices} />}
    </section>
  );
}
