import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, confirmDialog } from '../../../ui/ConfirmButton';
import { formatPartialDate } from '../../../ui/dates';
import { MutationForm } from '../../../ui/MutationForm';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useLanguage } from '../../../ui/useLanguage';
import type { LedgerEntryDto } from '../api/projectsApi';
import { useFunderNames } from '../api/useFunderNames';
import { useReverseTransaction } from '../api/useReverseTransaction';
import { useSubmissionKeys } from '../api/useSubmissionKeys';
import { formatMoney } from './money';

interface ReverseEntryButtonProps {
  projectId: string;
  entry: LedgerEntryDto;
  /** Told what happened once the reverse is booked, for the page's status line. */
  onReversed: (message: string) => void;
}

/**
 * Corrects an entry by booking its reverse, after asking in a modal <dialog> why: the ledger is never
 * edited, and the reason stays beside both entries. Sent again after a failure, the reversal carries the
 * same Idempotency-Key, so the entry is reversed once.
 */
export function ReverseEntryButton({ projectId, entry, onReversed }: ReverseEntryButtonProps) {
  const { t } = useTranslation('projects');
  const { code } = useLanguage();
  const funderName = useFunderNames();
  const reverse = useReverseTransaction(projectId);
  const keys = useSubmissionKeys();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const what = t('projects:reverse.entry', {
    kind: t(`projects:kind.${entry.kind}`),
    amount: formatMoney(entry.amount, entry.currency, code),
    funder: funderName(entry.funder),
    date: formatPartialDate(entry.valueDate, code),
  });

  function open() {
    reverse.reset();
    confirmDialog.open(dialog.current);
  }

  const close = () => confirmDialog.close(dialog.current);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { reason: reason.trim() };
    reverse.mutate(
      { entryId: entry.id, body, idempotencyKey: keys.keyFor({ entryId: entry.id, ...body }) },
      {
        onSuccess: () => {
          keys.settle();
          close();
          setReason('');
          onReversed(t('projects:reverse.done', { entry: what }));
        },
      },
    );
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={open}
        aria-label={t('projects:reverse.buttonLabel', { entry: what })}
      >
        {t('projects:reverse.button')}
      </button>
      <ConfirmDialog
        dialogRef={dialog}
        title={t('projects:reverse.title')}
        message={
          <>
            <p className="reverse__entry">{what}</p>
            <p>{t('projects:reverse.message')}</p>
          </>
        }
        irreversible={t('projects:reverse.irreversible')}
        data-testid="reverse-dialog"
      >
        <MutationForm
          mutation={reverse}
          submitLabel={t('projects:reverse.confirm')}
          submitDisabled={reason.trim() === ''}
          submitClassName="button button--danger"
          actions={
            <button type="button" className="button button--secondary" onClick={close}>
              {t('common:cancel')}
            </button>
          }
          fieldLabels={{ '/reason': t('projects:reverse.reason') }}
          className="form form--inline"
          onSubmit={submit}
        >
          <TextAreaField
            label={t('projects:reverse.reason')}
            name="/reason"
            hint={t('projects:reverse.reasonHint')}
            value={reason}
            onChange={(v) => {
              reverse.reset();
              setReason(v);
            }}
            required
            maxLength={2000}
            rows={3}
          />
        </MutationForm>
      </ConfirmDialog>
    </>
  );
}
