import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contracts/decisions';
import { Loading } from '../../../ui/Loading';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { isSecretariat, statesSpokenFor, useAuth } from '../../auth';
import { useStates } from '../../states';
import { useComments } from '../api/useComments';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { buildCommentTree } from './commentTree';
import { discussionVoices, isPartnerStatus } from './voices';

/**
 * The discussion belongs to the Secretariat and the delegations of the participating states, and to
 * the partners' delegations when the draft is open to partners.
 */
export function Discussion({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation('decisions');
  const { me } = useAuth();
  const states = useStates();
  const comments = useComments(decision.id);
  const partnerStates = decision.openToPartners
    ? (states.data ?? [])
        .filter((s) => isPartnerStatus(s.status) && !decision.participants.includes(s.code))
        .map((s) => s.code)
    : [];
  const voices = discussionVoices(
    { secretariat: isSecretariat(me), states: statesSpokenFor(me) },
    decision,
    partnerStates,
  );
  const tree = comments.data ? buildCommentTree(comments.data) : [];

  return (
    <section aria-labelledby="discussion-heading" className="discussion">
      <h2 id="discussion-heading">{t('decisions:discussion.title')}</h2>
      <ProblemAlert error={comments.error} />
      {comments.isPending ? (
        <Loading />
      ) : tree.length === 0 ? (
        <p className="muted">{t('decisions:discussion.empty')}</p>
      ) : (
        <ol className="thread" data-testid="discussion">
          {tree.map((node) => (
            <CommentItem
              key={node.comment.id}
              node={node}
              decisionId={decision.id}
              voices={voices}
              partnerStates={partnerStates}
            />
          ))}
        </ol>
      )}
      {voices.length > 0 ? (
        <CommentForm decisionId={decision.id} voices={voices} partnerStates={partnerStates} />
      ) : (
        <p className="field__hint">
          {decision.openToPartners
            ? t('decisions:discussion.whoMayWithPartners')
            : t('decisions:discussion.whoMay')}
        </p>
      )}
    </section>
  );
}
