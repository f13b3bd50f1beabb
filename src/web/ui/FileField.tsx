import { FieldError } from './FieldError';
import { describedBy, useFieldProblem } from './formProblem';
import { useId } from 'react';

interface FileFieldProps {
  label: string;
  hint?: string;
  /** JSON pointer the server uses for the file ('/file'): the form shows its problem here. */
  name?: string;
  /** File types offered by the picker; the server checks the content whatever it is called. */
  accept: string;
  onChange: (file: File | null) => void;
  required?: boolean;
}

/** A labelled file picker; uncontrolled, so a form resets it with `reset()` or a new `key`. */
export function FileField({ label, hint, name, accept, onChange, required }: FileFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problem = useFieldProblem(name, id);
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
        type="file"
        accept={accept}
        required={required}
        aria-describedby={describedBy(hint && hintId, problem.invalid && problem.errorId)}
        aria-invalid={problem.invalid || undefined}
        data-field={name}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
      <FieldError problem={problem} />
    </div>
  );
}
