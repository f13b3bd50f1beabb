import { FieldError } from './FieldError';
import { describedBy, useFieldProblem } from './formProblem';
import { useId, type InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  hint?: string;
  /** JSON pointer into the request body ('/email'): the form shows its problem here. */
  name?: string;
  /** What the field takes, said next to it when the server refuses the value ('digits only, for example 12500000'). */
  expected?: string;
  value: string;
  onChange: (value: string) => void;
}

export function TextField({ label, hint, name, expected, value, onChange, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problem = useFieldProblem(name, id, expected);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(hint && hintId, problem.invalid && problem.errorId)}
        aria-invalid={problem.invalid || undefined}
        data-field={name}
        {...input}
      />
      <FieldError problem={problem} />
    </div>
  );
}
