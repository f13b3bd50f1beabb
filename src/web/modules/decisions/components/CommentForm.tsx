import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useAddComment } from '../api/useAddComment';
import { useVoiceName } from './useVoiceName';
import { SECRETARIAT_VOICE, type Voice } from './voices';

interface CommentFormProps {
  decisionId: string;
  voices: Voice[];
  /** Partner states taking part in the discussion of a draft open to partners. */
  partnerStates: readonly string[];
  parentId?: string;
  onDone?: () => void;
}

export function CommentForm({ decisionId, voices, partnerStates, parentId, onDone }: CommentFormProps) {
  const { t } = useTranslation('decisions');
  const voiceName = useVoiceName(partnerStates);
  const add = useAddComment(decisionId);
  const [body, setBody] = useState('');
  const [chosen, setVoice] = useState<Voice>(voices[0] ?? SECRETARIAT_VOICE);
  // The voices may change under the form (mandates and the states list load on their own).
  const voice = voices.includes(chosen) ? chosen : (voices[0] ?? SECRETARIAT_VOICE);

  function submit() {
    add.mutate(
      {
        body,
        ...(voice === SECRETARIAT_VOICE ? {} : { state: voice }),
        ...(parentId ? { parentId } : {}),
      },
      {
        onSuccess: () => {
          setBody('');
          onDone?.();
        },
      },
    );
  }

  const label = parentId ? t('decisions:discussion.reply') : t('decisions:discussion.comment');
  return (
    <MutationForm
      mutation={add}
      onSubmit={submit}
      submitLabel={parentId ? t('decisions:discussion.postReply') : t('decisions:discussion.post')}
      submitDisabled={body.trim() === ''}
      className="form comment-form"
      aria-label={label}
      actions={
        onDone && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('common:cancel')}
          </button>
        )
      }
    >
      {voices.length > 1 ? (
        <SelectField
          label={t('decisions:discussion.speakingFor')}
          name="/state"
          value={voice}
          onChange={setVoice}
        >
          {voices.map((v) => (
            <option key={v} value={v}>
              {voiceName(v)}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="field__hint">{t('decisions:discussion.speakingAs', { voice: voiceName(voice) })}</p>
      )}
      <TextAreaField
        label={label}
        name="/body"
        value={body}
        onChange={(v) => {
          add.reset();
          setBody(v);
        }}
        rows={parentId ? 3 : 4}
        maxLength={20_000}
      />
    </MutationForm>
  );
}
