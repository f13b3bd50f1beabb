import type { ContentLanguage, Localized } from '../../../../contracts/common';
import { LANGUAGES } from '../../../i18n/languages';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';

interface LocalizedFieldsProps {
  legend: string;
  hint?: string;
  labels: Record<ContentLanguage, string>;
  value: Localized;
  onChange: (value: Localized) => void;
  multiline?: boolean;
}

/** One field per content language, each marked with its language so that spelling checks fit. */
export function LocalizedFields({ legend, hint, labels, value, onChange, multiline }: LocalizedFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {LANGUAGES.map((l) => {
        const props = {
          label: labels[l.content],
          value: value[l.content],
          onChange: (v: string) => onChange({ ...value, [l.content]: v }),
          lang: l.code,
        };
        return multiline ? (
          <TextAreaField key={l.code} {...props} rows={6} maxLength={100_000} />
        ) : (
          <TextField key={l.code} {...props} maxLength={500} />
        );
      })}
    </fieldset>
  );
}
