import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button's text; also the dialog's confirming button unless `confirmLabel` is given. */
  children: ReactNode;
  title: string;
  message: string;
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  danger?: boolean;
}

/**
 * A button that asks before it acts, in a modal <dialog>: the browser traps focus inside it, closes it
 * with Escape and returns focus to the button afterwards.
 */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  disabled,
  danger,
}: ConfirmButtonProps) {
  const { t } = useTranslation('common');
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const buttonClass = danger ? 'button button--danger' : 'button';

  function open() {
    const d = dialog.current;
    if (!d) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }

  function close() {
    const d = dialog.current;
    if (d?.open) d.close?.();
  }

  return (
    <>
      <button type="button" className={buttonClass} onClick={open} disabled={disabled}>
        {children}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{message}</p>
        <div className="dialog__actions">
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {confirmLabel ?? children}
          </button>
          <button type="button" className="button button--secondary" onClick={close} autoFocus>
            {t('common:cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
