import type { EntryKind } from '../../../../contracts/finance';
import type { BookTransactionBody } from '../api/projectsApi';
import { normaliseAmount } from './money';

export interface BookingDraft {
  kind: EntryKind;
  funder: string;
  amount: string;
  currency: string;
  valueDate: string;
  agreementNumber: string;
}

/** Today's calendar date where the reader is, 'YYYY-MM-DD': the default value date of a booking. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The request body for a draft: the amount as the server reads it, an empty agreement left out. */
export function toBookingBody(draft: BookingDraft): BookTransactionBody {
  const agreementNumber = draft.agreementNumber.trim();
  return {
    kind: draft.kind,
    funder: draft.funder,
    amount: normaliseAmount(draft.amount),
    currency: draft.currency,
    valueDate: draft.valueDate,
    ...(agreementNumber ? { agreementNumber } : {}),
  };
}
