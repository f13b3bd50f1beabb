import type { ContentLanguage, Localized } from '../../contracts/common';
import { LANGUAGES } from '../i18n/languages';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';

interface LocalizedFieldsProps {
  legend: string;
  hint?: string;
  labels: Record<ContentLanguage, string>;
  /** JSON pointer of the translated value ('/title'); each language's field is '/title/en' and so on. */
  name?: string;
  value: Localized;
  onChange: (value: Localized) => void;
  multiline?: boolean;
  maxLength?: number;
  required?: boolean;
  rows?: number;
}

/** One field per content language, each marked with its language so that spelling checks fit. */
export function LocalizedFields({
  legend,
  hint,
  labels,
  name,
  value,
  onChange,
  multiline,
  maxLength = multiline ? 100_000 : 500,
  required,
  rows = 6,
}: LocalizedFieldsProps) {
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
          ...(name ? { name: `${name}/${l.content}` } : {}),
          maxLength,
          ...(required ? { required } : {}),
        };
        return multiline ? (
          <TextAreaField key={l.code} {...props} rows={rows} />
        ) : (
          <TextField key={l.code} {...props} />
        );
      })}
    </fieldset>
  );
}
