import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDto } from '../../../../contracts/projects';
import { formatInstant } from '../../../ui/dates';
import { ThreadPostBody } from '../../../ui/ThreadPostBody';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { mayAnswer } from '../api/projectPermissions';
import type { CommentNode } from './commentThread';
import { ProjectCommentForm } from './ProjectCommentForm';
import { ThreadPostTools } from '../../../ui/ThreadPostTools';
import { useThreadViewer } from '../../auth';
import { commentsPath, projectsKeys } from '../api/projectsApi';

interface ProjectCommentItemProps {
  node: CommentNode;
  project: ProjectDto;
  /** Empty when the reader may not take part in the discussion. */
  voices: string[];
}

export function ProjectCommentItem({ node, project, voices }: ProjectCommentItemProps) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const stateName = useStateNames();
  const [replying, setReplying] = useState(false);
  const viewer = useThreadViewer();
  const { comment, replies } = node;
  const isQuestion = comment.kind === 'question';
  // A question is answered by the Secretariat or a sponsoring state; others may still comment on it.
  const answerers = voices.filter((v) => mayAnswer(v, project));
  const replyVoices = isQuestion && answerers.length > 0 ? answerers : voices;
  const answering = isQuestion && answerers.length > 0;

  return (
    <li className={`comment comment--${comment.kind}`} data-comment-kind={comment.kind}>
      <article aria-label={t('projects:discussion.by', { author: comment.authorEmail })}>
        <header className="comment__head">
          <strong>{comment.state ? stateName(comment.state) : t('projects:discussion.secretariat')}</strong>
          {comment.kind !== 'comment' && (
            <span className={`comment__kind comment__kind--${comment.kind}`}>
              {t(`projects:commentKind.${comment.kind}`)}
            </span>
          )}
          {isQuestion && (
            <span className="comment__answered">
              {comment.answered ? t('projects:discussion.answered') : t('projects:discussion.unanswered')}
            </span>
          )}
          <span className="comment__author">{comment.authorEmail}</span>
          <time dateTime={comment.createdAt}>{formatInstant(comment.createdAt, code)}</time>
        </header>
        <ThreadPostBody post={comment} />
        <ThreadPostTools
          post={comment}
          threadPath={commentsPath(project.id)}
          threadKey={projectsKeys.comments(project.id)}
          viewer={viewer}
        />
        {voices.length > 0 &&
          (replying ? (
            <ProjectCommentForm
              projectId={project.id}
              voices={replyVoices}
              replyTo={answering ? { id: comment.id, kind: 'question' } : { id: comment.id, kind: 'comment' }}
              onDone={() => setReplying(false)}
            />
          ) : (
            <button type="button" className="link-button" onClick={() => setReplying(true)}>
              {answering ? t('projects:discussion.answer') : t('projects:discussion.reply')}
            </button>
          ))}
      </article>
      {replies.length > 0 && (
        <ol className="thread thread--replies">
          {replies.map((r) => (
            <ProjectCommentItem key={r.comment.id} node={r} project={project} voices={voices} />
          ))}
        </ol>
      )}
    </li>
  );
}
