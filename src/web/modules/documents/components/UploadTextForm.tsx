import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '../../../ui/FileField';
import { MutationForm } from '../../../ui/MutationForm';
import { SelectField } from '../../../ui/SelectField';
import { useLanguage } from '../../../ui/useLanguage';
import { useUploadText } from '../api/useUploadText';
import { OFFICE_FILES, TEXT_LANGUAGES } from './documentValues';
import { languageName } from './languageName';

/** The Secretariat uploads a language version of the instrument (PDF, DOCX or ODT). */
export function UploadTextForm({ instrumentId }: { instrumentId: string }) {
  const { t } = useTranslation('documents');
  const { intl } = useLanguage();
  const upload = useUploadText(instrumentId);
  const id = useId();
  const [language, setLanguage] = useState<string>(TEXT_LANGUAGES[0]);
  const [authentic, setAuthentic] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file picker after an upload.
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    upload.mutate(
      { language, authentic, file },
      {
        onSuccess: (text) => {
          setSaved(t('documents:uploadForm.saved', { file: text.filename }));
          setFile(null);
          setRound((r) => r + 1);
        },
      },
    );
  }

  return (
    <MutationForm
      mutation={upload}
      submitLabel={t('documents:uploadForm.submit')}
      pendingLabel={t('documents:uploadForm.uploading')}
      submitDisabled={!file}
      success={saved}
      className="form form--card"
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      data-testid="upload-text-form"
    >
      <h3 id={`${id}-heading`}>{t('documents:uploadForm.title')}</h3>
      <SelectField
        label={t('documents:uploadForm.language')}
        value={language}
        onChange={(v) => {
          upload.reset();
          setLanguage(v);
        }}
      >
        {TEXT_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {languageName(l, intl)}
          </option>
        ))}
      </SelectField>
      <div className="choice">
        <input
          id={`${id}-authentic`}
          type="checkbox"
          checked={authentic}
          onChange={(e) => setAuthentic(e.target.checked)}
          aria-describedby={`${id}-authentic-hint`}
        />
        <label htmlFor={`${id}-authentic`}>{t('documents:uploadForm.authentic')}</label>
        <p id={`${id}-authentic-hint`} className="field__hint">
          {t('documents:uploadForm.authenticHint')}
        </p>
      </div>
      <FileField
        key={round}
        label={t('documents:uploadForm.file')}
        hint={t('documents:uploadForm.fileHint')}
        accept={OFFICE_FILES}
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
