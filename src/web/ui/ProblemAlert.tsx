import { useTranslation } from 'react-i18next';
import { isProblemError } from '../app/apiFetch';
import { bodyPointer } from './formProblem';
import { useProblemText } from './problemText';

interface ProblemAlertProps {
  error: unknown;
  /** Translated labels of the form's fields by JSON pointer into the body (e.g. '/email'). */
  fieldLabels?: Record<string, string>;
}

/** Explains a failed request in the UI language: `errors:<code>` with the problem's params. */
export function ProblemAlert({ error, fieldLabels = {} }: ProblemAlertProps) {
  const { t } = useTranslation(['errors', 'common']);
  const text = useProblemText();
  if (!error) return null;
  if (!isProblemError(error)) {
    return (
      <div className="alert alert--error" role="alert">
        <p>{t('common:problem.network')}</p>
      </div>
    );
  }
  const { status, requestId, errors = [] } = error.problem;
  const message = text(error.problem);
  const fields = [...new Set(errors.map((e) => fieldLabels[bodyPointer(e.pointer)] ?? e.pointer))];
  return (
    <div className="alert alert--error" role="alert">
      <p>{message}</p>
      {fields.length > 0 && (
        <ul className="alert__fields">
          {fields.map((field) => (
            <li key={field}>{t('common:problem.field', { field })}</li>
          ))}
        </ul>
      )}
      {/* Support needs the reference only for a fault of the platform; a refused request explains itself. */}
      {requestId && status >= 500 && (
        <p className="alert__reference">{t('common:problem.reference', { requestId })}</p>
      )}
    </div>
  );
}
