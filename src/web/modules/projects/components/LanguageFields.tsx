import type { ContentLanguage, Localized } from '../../../../contracts/common';
import { LANGUAGES } from '../../../i18n/languages';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';

interface LanguageFieldsProps {
  legend: string;
  labels: Record<ContentLanguage, string>;
  value: Localized;
  onChange: (value: Localized) => void;
  multiline?: boolean;
  maxLength: number;
}

/** A text in each of the platform's three languages, each field marked with its language. */
export function LanguageFields({
  legend,
  labels,
  value,
  onChange,
  multiline,
  maxLength,
}: LanguageFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {LANGUAGES.map((l) => {
        const props = {
          label: labels[l.content],
          value: value[l.content],
          onChange: (v: string) => onChange({ ...value, [l.content]: v }),
          lang: l.code,
          required: true,
          maxLength,
        };
        return multiline ? (
          <TextAreaField key={l.code} {...props} rows={5} />
        ) : (
          <TextField key={l.code} {...props} />
        );
      })}
    </fieldset>
  );
}
