import { useId } from 'react';

interface FileFieldProps {
  label: string;
  hint?: string;
  /** File types offered by the picker; the server checks the content whatever it is called. */
  accept: string;
  onChange: (file: File | null) => void;
  required?: boolean;
}

/** A labelled file picker; uncontrolled, so a form resets it with `reset()` or a new `key`. */
export function FileField({ label, hint, accept, onChange, required }: FileFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
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
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}
