import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useStateNames } from '../../states';
import { SECRETARIAT } from '../api/projectPermissions';
import type { CommentKind } from '../api/projectsApi';
import { useAddProjectComment } from '../api/useAddProjectComment';

interface ProjectCommentFormProps {
  projectId: string;
  /** 'secretariat' or the codes of the member states the author speaks for. */
  voices: string[];
  /** A reply: to a question it is an answer, to anything else a comment. */
  replyTo?: { id: string; kind: CommentKind };
  onDone?: () => void;
}

export function ProjectCommentForm({ projectId, voices, replyTo, onDone }: ProjectCommentFormProps) {
  const { t } = useTranslation('projects');
  const stateName = useStateNames();
  const add = useAddProjectComment(projectId);
  const id = useId();
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<CommentKind>('comment');
  const [voice, setVoice] = useState(voices[0] ?? SECRETARIAT);
  const voiceName = (v: string) => (v === SECRETARIAT ? t('projects:discussion.secretariat') : stateName(v));
  const answering = replyTo?.kind === 'question';
  const sentKind: CommentKind = answering ? 'answer' : replyTo ? 'comment' : kind;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate(
      {
        body,
        kind: sentKind,
        ...(voice === SECRETARIAT ? {} : { state: voice }),
        ...(replyTo ? { parentId: replyTo.id } : {}),
      },
      {
        onSuccess: () => {
          setBody('');
          onDone?.();
        },
      },
    );
  }

  const label = answering
    ? t('projects:discussion.yourAnswer')
    : replyTo
      ? t('projects:discussion.yourReply')
      : kind === 'question'
        ? t('projects:discussion.yourQuestion')
        : t('projects:discussion.yourComment');
  return (
    <MutationForm
      mutation={add}
      actions={
        onDone && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('common:cancel')}
          </button>
        )
      }
      submitLabel={
        answering
          ? t('projects:discussion.postAnswer')
          : replyTo
            ? t('projects:discussion.postReply')
            : t('projects:discussion.post')
      }
      submitDisabled={body.trim() === ''}
      fieldLabels={{ '/body': label }}
      className="form comment-form"
      onSubmit={submit}
      aria-label={label}
    >
      {voices.length > 1 ? (
        <SelectField label={t('projects:discussion.speakingFor')} value={voice} onChange={setVoice}>
          {voices.map((v) => (
            <option key={v} value={v}>
              {voiceName(v)}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="field__hint">{t('projects:discussion.speakingAs', { voice: voiceName(voice) })}</p>
      )}
      {!replyTo && (
        <fieldset className="choices choices--inline">
          <legend>{t('projects:discussion.kind')}</legend>
          {(['comment', 'question'] as const).map((k) => (
            <div className="choice" key={k}>
              <input
                type="radio"
                id={`${id}-${k}`}
                name={`${id}-kind`}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              <label htmlFor={`${id}-${k}`}>{t(`projects:commentKind.${k}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <TextAreaField
        label={label}
        value={body}
        onChange={setBody}
        rows={replyTo ? 3 : 4}
        maxLength={20_000}
      />
    </MutationForm>
  );
}
