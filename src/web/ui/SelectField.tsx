import { FieldError } from './FieldError';
import { describedBy, useFieldProblem } from './formProblem';
import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'onChange' | 'value'
> {
  label: string;
  hint?: string;
  /** JSON pointer into the request body ('/email'): the form shows its problem here. */
  name?: string;
  /** What the field takes, said next to it when the server refuses the value ('digits only, for example 12500000'). */
  expected?: string;
  value: string;
  onChange: (value: string) => void;
  /** <option> elements. */
  children: ReactNode;
  inline?: boolean;
}

export function SelectField({
  label,
  hint,
  name,
  expected,
  value,
  onChange,
  children,
  inline,
  ...select
}: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problem = useFieldProblem(name, id, expected);
  return (
    <div className={inline ? 'field field--inline' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(hint && hintId, problem.invalid && problem.errorId)}
        aria-invalid={problem.invalid || undefined}
        data-field={name}
        {...select}
      >
        {children}
      </select>
      <FieldError problem={problem} />
    </div>
  );
}
