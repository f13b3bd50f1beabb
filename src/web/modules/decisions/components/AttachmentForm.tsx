import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '../../../ui/FileField';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SelectField } from '../../../ui/SelectField';
import { useUploadAttachment } from '../api/useUploadAttachment';
import { ATTACHMENT_FILES } from './decisionValues';
import { useVoiceName } from './useVoiceName';
import { SECRETARIAT_VOICE, type Voice } from './voices';

interface AttachmentFormProps {
  decisionId: string;
  /** The Secretariat, or the participating states the user speaks for. */
  voices: Voice[];
}

/** Attaches a PDF, DOCX or ODT file to an open draft; a delegation attaches it in its state's name. */
export function AttachmentForm({ decisionId, voices }: AttachmentFormProps) {
  const { t } = useTranslation('decisions');
  const voiceName = useVoiceName([]);
  const upload = useUploadAttachment(decisionId);
  const id = useId();
  const [chosen, setVoice] = useState<Voice>(voices[0] ?? SECRETARIAT_VOICE);
  const voice = voices.includes(chosen) ? chosen : (voices[0] ?? SECRETARIAT_VOICE);
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file picker after an upload.
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    upload.mutate(
      { file, ...(voice === SECRETARIAT_VOICE ? {} : { state: voice }) },
      {
        onSuccess: (attachment) => {
          setSaved(t('decisions:attachments.saved', { file: attachment.filename }));
          setFile(null);
          setRound((r) => r + 1);
        },
      },
    );
  }

  return (
    <form
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      data-testid="attachment-form"
    >
      <h3 id={`${id}-heading`}>{t('decisions:attachments.formTitle')}</h3>
      <ProblemAlert error={upload.error} />
      {voices.length > 1 ? (
        <SelectField
          label={t('decisions:attachments.uploadingFor')}
          value={voice}
          onChange={(v) => {
            upload.reset();
            setVoice(v);
          }}
        >
          {voices.map((v) => (
            <option key={v} value={v}>
              {voiceName(v)}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="field__hint">{t('decisions:attachments.uploadingAs', { voice: voiceName(voice) })}</p>
      )}
      <FileField
        key={round}
        label={t('decisions:attachments.fileField')}
        hint={t('decisions:attachments.fileHint')}
        accept={ATTACHMENT_FILES}
        onChange={(f) => {
          upload.reset();
          setSaved('');
          setFile(f);
        }}
        required
      />
      <button type="submit" className="button" disabled={upload.isPending || !file}>
        {upload.isPending ? t('decisions:attachments.uploading') : t('decisions:attachments.submit')}
      </button>
      <p role="status" className="form__status">
        {saved}
      </p>
    </form>
  );
}
