import type { ReportStatus } from '../api/plansApi';

/* The contract's closed set as a Record: a status added to the contract fails to compile until placed. */
const STATUS_ORDER: Record<ReportStatus, number> = { not_started: 1, in_progress: 2, done: 3, blocked: 4 };

export const REPORT_STATUSES = (Object.keys(STATUS_ORDER) as ReportStatus[]).sort(
  (a, b) => STATUS_ORDER[a] - STATUS_ORDER[b],
);

export function isReportStatus(value: unknown): value is ReportStatus {
  return typeof value === 'string' && Object.hasOwn(STATUS_ORDER, value);
}

/** What the evidence picker offers: documents or photos; the server checks the content. */
export const EVIDENCE_FILES = '.pdf,.docx,.odt,.png,.jpg,.jpeg';
