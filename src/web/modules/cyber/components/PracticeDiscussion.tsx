import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadPostDto } from '../../../../contracts/threads';
import { formatInstant } from '../../../ui/dates';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { threadByParent, type ThreadNode } from '../../../ui/thread';
import { ThreadPostBody } from '../../../ui/ThreadPostBody';
import { useLanguage } from '../../../ui/useLanguage';
import { useStateNames } from '../../states';
import { commentsPath, practicesKeys, useAddPracticeComment, usePracticeComments } from '../api/practices';
import { ThreadPostTools } from '../../../ui/ThreadPostTools';
import { useThreadViewer } from '../../auth';

const SECRETARIAT = 'secretariat';

interface PracticeDiscussionProps {
  practiceId: string;
  /** Whom the user may comment for: member state codes, or 'secretariat'; empty when they may not. */
  voices: string[];
  /** Whether the reader receives the discussion at all (member states and the Secretariat). */
  mayRead: boolean;
}

/** The community's discussion of a practice, on the kernel's shared threads. */
export function PracticeDiscussion({ practiceId, voices, mayRead }: PracticeDiscussionProps) {
  const { t } = useTranslation('cyberPractices');
  const comments = usePracticeComments(practiceId);
  const items = comments.data ?? [];
  return (
    <section aria-labelledby="practice-discussion" data-testid="practice-discussion">
      <h2 id="practice-discussion">{t('cyberPractices:discussion.title')}</h2>
      {!mayRead ? (
        <p className="notice">{t('cyberPractices:discussion.membersOnly')}</p>
      ) : items.length === 0 ? (
        comments.data && <p className="muted">{t('cyberPractices:discussion.none')}</p>
      ) : (
        <ol className="thread">
          {threadByParent(items).map((node) => (
            <Comment key={node.comment.id} node={node} practiceId={practiceId} />
          ))}
        </ol>
      )}
      {voices.length > 0 && <CommentForm practiceId={practiceId} voices={voices} />}
    </section>
  );
}

function useVoiceName() {
  const { t } = useTranslation('cyberPractices');
  const stateName = useStateNames();
  return (voice: string | null) =>
    voice === null || voice === SECRETARIAT ? t('cyberPractices:discussion.secretariat') : stateName(voice);
}

function Comment({ node, practiceId }: { node: ThreadNode<ThreadPostDto>; practiceId: string }) {
  const viewer = useThreadViewer();
  const { t } = useTranslation('cyberPractices');
  const { code } = useLanguage();
  const voiceName = useVoiceName();
  const c = node.comment;
  return (
    <li className="comment">
      <article>
        <p className="comment__head">
          <span className="comment__author">
            {t('cyberPractices:discussion.author', { author: c.authorEmail, voice: voiceName(c.state) })}
          </span>
          <time dateTime={c.createdAt}>{formatInstant(c.createdAt, code)}</time>
        </p>
        <ThreadPostBody post={c} />
        <ThreadPostTools
          post={c}
          threadPath={commentsPath(practiceId)}
          threadKey={practicesKeys.comments(practiceId)}
          viewer={viewer}
        />
      </article>
      {node.replies.length > 0 && (
        <ol className="thread thread--replies">
          {node.replies.map((r) => (
            <Comment key={r.comment.id} node={r} practiceId={practiceId} />
          ))}
        </ol>
      )}
    </li>
  );
}

function CommentForm({ practiceId, voices }: { practiceId: string; voices: string[] }) {
  const { t } = useTranslation('cyberPractices');
  const voiceName = useVoiceName();
  const add = useAddPracticeComment(practiceId);
  const [body, setBody] = useState('');
  const [voice, setVoice] = useState(voices[0]!);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(
      { body, ...(voice === SECRETARIAT ? {} : { state: voice }) },
      { onSuccess: () => setBody('') },
    );
  }

  return (
    <MutationForm
      mutation={add}
      onSubmit={submit}
      submitLabel={t('cyberPractices:discussion.post')}
      submitDisabled={body.trim() === ''}
      className="form comment-form"
      aria-label={t('cyberPractices:discussion.yourComment')}
      success={t('cyberPractices:discussion.posted')}
    >
      {voices.length > 1 ? (
        <SelectField label={t('cyberPractices:discussion.speakingFor')} value={voice} onChange={setVoice}>
          {voices.map((v) => (
            <option key={v} value={v}>
              {voiceName(v)}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="field__hint">
          {t('cyberPractices:discussion.speakingAs', { voice: voiceName(voice) })}
        </p>
      )}
      <TextAreaField
        label={t('cyberPractices:discussion.yourComment')}
        name="/body"
        value={body}
        onChange={setBody}
        rows={3}
        maxLength={20_000}
      />
    </MutationForm>
  );
}
