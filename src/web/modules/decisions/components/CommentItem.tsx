import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/dates';
import { ThreadPostBody } from '../../../ui/ThreadPostBody';
import { useLanguage } from '../../../ui/useLanguage';
import { CommentForm } from './CommentForm';
import type { CommentNode } from './commentTree';
import { useVoiceName } from './useVoiceName';
import { SECRETARIAT_VOICE, type Voice } from './voices';
import { ThreadPostTools } from '../../../ui/ThreadPostTools';
import { useThreadViewer } from '../../auth';
import { commentsPath, decisionsKeys } from '../api/decisionsApi';

interface CommentItemProps {
  node: CommentNode;
  decisionId: string;
  /** Empty when the reader may not take part in the discussion. */
  voices: Voice[];
  /** Partner states taking part in the discussion of a draft open to partners. */
  partnerStates: readonly string[];
}

export function CommentItem({ node, decisionId, voices, partnerStates }: CommentItemProps) {
  const { t } = useTranslation('decisions');
  const { code } = useLanguage();
  const voiceName = useVoiceName(partnerStates);
  const [replying, setReplying] = useState(false);
  const viewer = useThreadViewer();
  const { comment, replies } = node;

  return (
    <li className="comment">
      <article aria-label={t('decisions:discussion.by', { author: comment.authorEmail })}>
        <header className="comment__head">
          <strong>{voiceName(comment.state ?? SECRETARIAT_VOICE)}</strong>
          <span className="comment__author">{comment.authorEmail}</span>
          <time dateTime={comment.createdAt}>{formatInstant(comment.createdAt, code)}</time>
        </header>
        <ThreadPostBody post={comment} />
        <ThreadPostTools
          post={comment}
          threadPath={commentsPath(decisionId)}
          threadKey={decisionsKeys.comments(decisionId)}
          viewer={viewer}
        />
        {voices.length > 0 &&
          (replying ? (
            <CommentForm
              decisionId={decisionId}
              voices={voices}
              partnerStates={partnerStates}
              parentId={comment.id}
              onDone={() => setReplying(false)}
            />
          ) : (
            <button type="button" className="link-button" onClick={() => setReplying(true)}>
              {t('decisions:discussion.replyTo')}
            </button>
          ))}
      </article>
      {replies.length > 0 && (
        <ol className="thread thread--replies">
          {replies.map((r) => (
            <CommentItem
              key={r.comment.id}
              node={r}
              decisionId={decisionId}
              voices={voices}
              partnerStates={partnerStates}
            />
          ))}
        </ol>
      )}
    </li>
  );
}
