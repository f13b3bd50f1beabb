import { defineError } from '../../core/errors';

export const FinanceErrors = {
  overDisbursement: defineError<{
    funder: string;
    currency: string;
    committed: string;
    disbursed: string;
    requested: string;
  }>(
    'finance.over_disbursement',
    409,
    "Disbursements would exceed the funder's commitments to this project in this currency",
  ),
  entryNotFound: defineError<{ id: string }>('finance.entry_not_found', 404, 'No such ledger entry'),
  alreadyReversed: defineError<{ id: string; reversedBy: string | null }>(
    'finance.already_reversed',
    409,
    'This entry has already been reversed',
  ),
  reversalNotReversible: defineError<{ id: string }>(
    'finance.reversal_not_reversible',
    409,
    'A reversing entry cannot itself be reversed; book a new entry instead',
  ),
  totalTooLarge: defineError<{ currency: string }>(
    'finance.total_too_large',
    422,
    "The project's total in this currency would exceed what the ledger can hold",
  ),
  invalidAmount: defineError<{ amount: string; currency: string }>(
    'finance.invalid_amount',
    400,
    'The amount has more decimals than the currency allows',
  ),
  rateExists: defineError<{ base: string; quote: string; date: string }>(
    'finance.rate_exists',
    409,
    'A rate for this pair and date is already recorded',
  ),
};
