import { defineError } from '../errors';

/** The codes keep their `uploads.` prefix: the web app and API clients already know them. */
export const FileErrors = {
  unsupportedFile: defineError<{ expected: string }>(
    'uploads.unsupported_file',
    415,
    'This kind of file is not accepted here',
  ),
  contentMismatch: defineError<{ claimed: string; detected: string }>(
    'uploads.content_mismatch',
    415,
    "The file's name or declared type does not match its content",
  ),
  fileTooLarge: defineError<{ maxBytes: number }>('uploads.file_too_large', 413, 'The file is too large'),
  archiveTooLarge: defineError<{ maxExpandedBytes: number; maxRatio: number }>(
    'uploads.archive_too_large',
    422,
    'The archive would expand out of proportion to its size',
  ),
  badUpload: defineError<{ reason: string }>('uploads.bad_upload', 400, 'The upload is incomplete'),
  malformedFile: defineError<{ kind: string; reason: string }>(
    'uploads.malformed_file',
    422,
    'The file is damaged, or carries something its kind does not allow',
  ),
  quotaExceeded: defineError<{ scope: 'in_flight' | 'day'; limitBytes: number; retryAfterSeconds: number }>(
    'uploads.quota_exceeded',
    429,
    'Your state has uploaded as much as it may for now',
  ),
};
