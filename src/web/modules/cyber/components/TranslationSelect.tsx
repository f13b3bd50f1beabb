import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../ui/SelectField';
import { TRANSLATION_KINDS, type TranslationKind } from '../api/practices';

interface TranslationSelectProps {
  label: string;
  name?: string;
  value: TranslationKind;
  onChange: (value: TranslationKind) => void;
}

/** Whether a text is the original, a working translation or a machine translation. */
export function TranslationSelect({ label, name, value, onChange }: TranslationSelectProps) {
  const { t } = useTranslation('cyberPractices');
  return (
    <SelectField label={label} name={name} value={value} onChange={(v) => onChange(v as TranslationKind)}>
      {TRANSLATION_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`cyberPractices:translation.${k}`)}
        </option>
      ))}
    </SelectField>
  );
}
