import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isProblemError } from '../app/apiFetch';
import { concerns, FormProblemContext, problemPointers, type FormProblem } from './formProblem';
import { ProblemAlert } from './ProblemAlert';
import { useProblemText } from './problemText';

const NONE: Readonly<Record<string, string>> = {};

/** What the form needs of a TanStack Query mutation. */
export interface FormMutation {
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
}

interface MutationFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  mutation: FormMutation;
  /** Sends the draft (`mutation.mutate(...)`); the browser's own submit is already prevented. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The submit button's label; while the mutation runs it reads "Saving…" unless `pendingLabel` says otherwise. */
  submitLabel: string;
  pendingLabel?: string;
  /** 'button button--danger' for a cancelling or reversing submit. */
  submitClassName?: string;
  /** Keeps the submit button disabled (e.g. until a required choice is made). */
  submitDisabled?: boolean;
  /** Shown in the form's status line once the mutation has succeeded. */
  success?: ReactNode;
  /** data-testid of the status line, for browser tests that read it. */
  statusTestId?: string;
  /** Labels by body pointer, to name fields the form has no control for in the general problem. */
  fieldLabels?: Readonly<Record<string, string>>;
  /** Domain error codes that concern one field, by code: shown next to that field instead of at the top. */
  codeFields?: Readonly<Record<string, string>>;
  /** Put before the submit button (a heading, a hint); fields go in `children`. */
  header?: ReactNode;
  /** Extra buttons after the submit button (Cancel). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * The one way the web app sends a form: submit, pending state (button disabled, "Saving…"), the
 * server's problem next to the field it concerns with focus moved there, a general problem at the
 * top, a success message in a status line. Fields opt in with a `name` (JSON pointer into the body).
 * Checked by the server, whose answer speaks the UI language; the browser's own validation bubbles
 * would speak the browser's, hence noValidate.
 */
export function MutationForm({
  mutation,
  onSubmit,
  submitLabel,
  pendingLabel,
  submitDisabled,
  submitClassName = 'button',
  success,
  statusTestId,
  fieldLabels = NONE,
  codeFields = NONE,
  header,
  actions,
  children,
  className = 'form',
  ...form
}: MutationFormProps) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLFormElement>(null);
  const { error, isPending, isSuccess } = mutation;
  // The pointers of the problem that no field of this form took: named in the general problem.
  const [unplaced, setUnplaced] = useState<string[] | null>(null);

  // Keyed by content, so that a caller's fresh `codeFields` object on every render changes nothing.
  const codeKey = JSON.stringify(codeFields);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const pointers = useMemo(() => problemPointers(error, codeFields), [error, codeKey]);
  const text = useProblemText();
  const problem = useMemo<FormProblem>(() => {
    if (!isProblemError(error) || pointers.length === 0) return { messageFor: () => undefined };
    // A schema failure knows only that the value is wrong; the field knows what it takes.
    const schema = error.problem.code === 'http.validation_failed';
    const domain = schema ? undefined : text(error.problem);
    return {
      messageFor: (name, expected) => {
        if (!pointers.some((p) => concerns(name, p))) return undefined;
        if (domain) return domain;
        return expected ? t('common:problem.expected', { expected }) : t('common:problem.fieldInvalid');
      },
    };
  }, [error, pointers, text, t]);

  useEffect(() => {
    const formElement = ref.current;
    if (!error || !formElement) return setUnplaced(null);
    const names = [...formElement.querySelectorAll<HTMLElement>('[data-field]')].map(
      (el) => el.dataset.field!,
    );
    const left = pointers.filter((p) => !names.some((n) => concerns(n, p)));
    setUnplaced((before) => (before?.join() === left.join() ? before : left));
    const target =
      formElement.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      formElement.querySelector<HTMLElement>('.form__problem');
    target?.focus();
  }, [error, pointers]);

  // The submit button is disabled while the request runs, which drops a keyboard user's focus to the
  // top of the page: once it has succeeded, focus goes to the form's message (or back to the button).
  const status = useRef<HTMLParagraphElement>(null);
  const done = isSuccess && !isPending;
  const hasSuccess = success !== undefined && success !== null && success !== false && success !== '';
  useEffect(() => {
    if (!done || !ref.current) return;
    const active = document.activeElement;
    if (active && active !== document.body && !ref.current.contains(active)) return;
    if (hasSuccess) status.current?.focus();
    else ref.current.querySelector<HTMLElement>('button[type="submit"]')?.focus();
  }, [done, hasSuccess]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isPending) onSubmit(event);
  }

  // A problem wholly shown at its fields needs no general alert; anything else is explained on top.
  const general = !!error && !(pointers.length > 0 && unplaced?.length === 0);
  const leftOver = Object.fromEntries(
    Object.entries(fieldLabels).filter(([pointer]) => unplaced?.some((p) => concerns(pointer, p)) ?? true),
  );

  return (
    <form ref={ref} className={className} onSubmit={submit} noValidate {...form}>
      {header}
      {general && (
        <div tabIndex={-1} className="form__problem">
          <ProblemAlert error={error} fieldLabels={leftOver} />
        </div>
      )}
      <FormProblemContext.Provider value={problem}>{children}</FormProblemContext.Provider>
      <div className="form__actions">
        <button type="submit" className={submitClassName} disabled={isPending || submitDisabled}>
          {isPending ? (pendingLabel ?? t('common:form.saving')) : submitLabel}
        </button>
        {actions}
      </div>
      <p ref={status} tabIndex={-1} role="status" className="form__status" data-testid={statusTestId}>
        {done ? success : null}
      </p>
    </form>
  );
}
