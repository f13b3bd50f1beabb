import { useCallback, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** What an irreversible action asks before it runs. */
export interface Confirmation {
  title: string;
  /** What the action will do, if the title alone does not say it. */
  message?: ReactNode;
  /** What cannot be undone afterwards, said in one sentence; every confirmation names it. */
  irreversible: string;
  /** The dialog's confirming button. */
  confirmLabel: string;
  danger?: boolean;
}

function openDialog(d: HTMLDialogElement | null) {
  if (!d || d.open) return;
  if (typeof d.showModal === 'function') d.showModal();
  else d.setAttribute('open', '');
  // React's autoFocus acts only when an element mounts, and the dialog is mounted long before it opens.
  d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

function closeDialog(d: HTMLDialogElement | null) {
  if (d?.open) d.close?.();
}

interface ConfirmDialogProps {
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: string;
  message?: ReactNode;
  irreversible: string;
  /** The dialog's buttons, or a whole form (a reason to give) ending in them. */
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * The one frame of every confirmation, a modal <dialog>: the browser traps focus inside it, closes it
 * with Escape and returns focus to the button afterwards. It always says what cannot be undone.
 */
export function ConfirmDialog({
  dialogRef,
  title,
  message,
  irreversible,
  children,
  'data-testid': testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  const id = useId();
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={message ? `${id}-text ${id}-final` : `${id}-final`}
      data-testid={testId}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {typeof message === 'string' ? (
        <p id={`${id}-text`}>{message}</p>
      ) : (
        message && <div id={`${id}-text`}>{message}</div>
      )}
      <p id={`${id}-final`} className="dialog__irreversible" data-testid="confirm-irreversible">
        <strong>{t('common:confirm.irreversible')}</strong> {irreversible}
      </p>
      {children}
    </dialog>
  );
}

/**
 * Asks before an irreversible action that is sent from a form (the reason is already typed): `ask`
 * opens the shared dialog and runs the action only once the user confirms; `dialog` goes in the page.
 */
export function useConfirm() {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDialogElement>(null);
  const [asked, setAsked] = useState<{ confirmation: Confirmation; run: () => void } | null>(null);
  const ask = useCallback((confirmation: Confirmation, run: () => void) => {
    setAsked({ confirmation, run });
    openDialog(ref.current);
  }, []);
  const c = asked?.confirmation;
  const dialog = (
    <ConfirmDialog
      dialogRef={ref}
      title={c?.title ?? ''}
      message={c?.message}
      irreversible={c?.irreversible ?? ''}
    >
      <div className="dialog__actions">
        <button
          type="button"
          className={c?.danger ? 'button button--danger' : 'button'}
          onClick={() => {
            closeDialog(ref.current);
            asked?.run();
          }}
        >
          {c?.confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => closeDialog(ref.current)}
          data-autofocus
        >
          {t('common:cancel')}
        </button>
      </div>
    </ConfirmDialog>
  );
  return { ask, dialog, close: () => closeDialog(ref.current), open: () => openDialog(ref.current) };
}

interface ConfirmButtonProps extends Omit<Confirmation, 'confirmLabel'> {
  /** The button's text; also the dialog's confirming button unless `confirmLabel` is given. */
  children: string;
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** 'button button--secondary' for an action that is not the panel's main one. */
  className?: string;
}

/** A button for an irreversible action: it asks first, in the shared dialog, and names what cannot be undone. */
export function ConfirmButton({
  children,
  confirmLabel,
  onConfirm,
  disabled,
  className,
  ...rest
}: ConfirmButtonProps) {
  const { ask, dialog } = useConfirm();
  const buttonClass = className ?? (rest.danger ? 'button button--danger' : 'button');
  return (
    <>
      <button
        type="button"
        className={buttonClass}
        onClick={() => ask({ ...rest, confirmLabel: confirmLabel ?? children }, onConfirm)}
        disabled={disabled}
      >
        {children}
      </button>
      {dialog}
    </>
  );
}

/** Opens and closes a ConfirmDialog that holds its own form. */
export const confirmDialog = { open: openDialog, close: closeDialog };
