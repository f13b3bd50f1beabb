import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '../../../ui/FileField';
import { MutationForm } from '../../../ui/MutationForm';
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

  function submit() {
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
    <MutationForm
      mutation={upload}
      onSubmit={submit}
      submitLabel={t('decisions:attachments.submit')}
      pendingLabel={t('decisions:attachments.uploading')}
      submitDisabled={!file}
      success={saved}
      className="form form--card"
      aria-labelledby={`${id}-heading`}
      data-testid="attachment-form"
      header={<h3 id={`${id}-heading`}>{t('decisions:attachments.formTitle')}</h3>}
    >
      {voices.length > 1 ? (
        <SelectField
          label={t('decisions:attachments.uploadingFor')}
          name="/state"
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
        name="/file"
        hint={t('decisions:attachments.fileHint')}
        accept={ATTACHMENT_FILES}
        onChange={(f) => {
          upload.reset();
          setSaved('');
          setFile(f);
        }}
        required
      />
    </MutationForm>
  );
}
