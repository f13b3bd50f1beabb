/**
 * Idempotency keys for one form: a fresh key for each new submission, the same key when the same
 * content is sent again after a failure (a retry), so that a booking whose answer was lost on the way is
 * never applied twice. Once the server has answered, the next submission is a new one.
 */
export class SubmissionKeys {
  private pending: { key: string; content: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key for sending `body`: the pending one if `body` is what it was made for, else a new one. */
  keyFor(body: unknown): string {
    const content = JSON.stringify(body);
    if (this.pending?.content !== content) this.pending = { key: this.newKey(), content };
    return this.pending.key;
  }

  /** The submission got its answer; whatever is sent next is a new submission. */
  settle(): void {
    this.pending = null;
  }
}
