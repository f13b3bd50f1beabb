import { createContext, useContext } from 'react';
import { isProblemError } from '../app/apiFetch';

/**
 * What a mutation form knows about its last problem, handed to its fields: which fields (by JSON
 * pointer into the request body, '/email', '/title/en') the problem concerns, and what to say there.
 */
export interface FormProblem {
  /**
   * The translated message to show next to the field named `name`, if the problem concerns it. A
   * schema failure says what the field expects (`expected`, e.g. "digits only, for example 12500000")
   * where the field tells it; a domain problem says its own message.
   */
  messageFor(name: string, expected?: string): string | undefined;
}

export const FormProblemContext = createContext<FormProblem>({ messageFor: () => undefined });

/** The server points into the whole request ('/body/email'); a form knows only its body. */
export function bodyPointer(pointer: string): string {
  return pointer.replace(/^\/body(?=\/|$)/, '');
}

/** A field named '/title/en' is concerned by a problem at '/title/en', at '/title', or below it. */
export function concerns(name: string, pointer: string): boolean {
  return pointer === name || pointer.startsWith(`${name}/`) || name.startsWith(`${pointer}/`);
}

/**
 * The body pointers a problem concerns: the schema's JSON pointers for validation_failed, or the field
 * a form has tied to a domain error code (`decisions.closes_in_past` -> '/closesAt').
 */
export function problemPointers(error: unknown, codeFields: Readonly<Record<string, string>>): string[] {
  if (!isProblemError(error)) return [];
  const { code, errors = [] } = error.problem;
  const field = codeFields[code];
  if (field) return [field];
  return [...new Set(errors.map((e) => bodyPointer(e.pointer)))];
}

export interface FieldProblem {
  /** Set on the control as aria-invalid; the form moves focus to the first such control. */
  invalid: boolean;
  message: string | undefined;
  errorId: string;
}

/**
 * For a field component: the problem its form reports about it, under the field's JSON pointer;
 * `expected` is what the field takes, said when the server refuses its value.
 */
export function useFieldProblem(name: string | undefined, id: string, expected?: string): FieldProblem {
  const problem = useContext(FormProblemContext);
  const message = name === undefined ? undefined : problem.messageFor(name, expected);
  return { invalid: message !== undefined, message, errorId: `${id}-error` };
}

/** aria-describedby of a control: its hint and its problem, when there are. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
