import type { FieldProblem } from './formProblem';

/** The problem of one field, shown right below it and tied to it by aria-describedby. */
export function FieldError({ problem }: { problem: FieldProblem }) {
  if (!problem.message) return null;
  return (
    <p id={problem.errorId} className="field__error">
      {problem.message}
    </p>
  );
}
