import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '../../../ui/FileField';
import { MutationForm } from '../../../ui/MutationForm';
import { useUploadEvidence } from '../api/useUploadEvidence';
import { EVIDENCE_FILES } from './planValues';

interface EvidenceUploadProps {
  planId: string;
  reportId: string;
  stateName: string;
}

/** Attaches a document or photo to a report of the user's own state. */
export function EvidenceUpload({ planId, reportId, stateName }: EvidenceUploadProps) {
  const { t } = useTranslation('plans');
  const upload = useUploadEvidence(planId, reportId);
  const [file, setFile] = useState<File | null>(null);
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    upload.mutate(file, {
      onSuccess: (evidence) => {
        setSaved(t('plans:evidence.saved', { file: evidence.filename }));
        setFile(null);
        setRound((r) => r + 1);
      },
    });
  }

  return (
    <MutationForm
      mutation={upload}
      submitLabel={t('plans:evidence.submit')}
      pendingLabel={t('plans:evidence.uploading')}
      submitDisabled={!file}
      success={saved}
      className="evidence-upload"
      onSubmit={submit}
      data-testid="evidence-upload"
    >
      <FileField
        key={round}
        label={t('plans:evidence.file', { state: stateName })}
        hint={t('plans:evidence.hint')}
        accept={EVIDENCE_FILES}
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
