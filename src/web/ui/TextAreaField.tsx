import { FieldError } from './FieldError';
import { describedBy, useFieldProblem } from './formProblem';
import { useId, type TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
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
}

export function TextAreaField({
  label,
  hint,
  name,
  expected,
  value,
  onChange,
  rows = 4,
  ...textarea
}: TextAreaFieldProps) {
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
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(hint && hintId, problem.invalid && problem.errorId)}
        aria-invalid={problem.invalid || undefined}
        data-field={name}
        {...textarea}
      />
      <FieldError problem={problem} />
    </div>
  );
}
