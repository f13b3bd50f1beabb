import { SelectField } from './SelectField';

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  /** The label of the empty choice that removes the filter. */
  anyLabel: string;
  value: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}

/** A filter of a list: "any" first, then the choices; the empty string means no filter. */
export function FilterSelect({ label, anyLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <SelectField label={label} value={value} onChange={onChange}>
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
