import { useState } from 'react';
import { SubmissionKeys } from './submissionKeys';

/** The idempotency keys of one form, kept for as long as the form is on the page. */
export function useSubmissionKeys(): SubmissionKeys {
  const [keys] = useState(() => new SubmissionKeys());
  return keys;
}
