import { describe, expect, it } from 'vitest';
import { SubmissionKeys } from './submissionKeys';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('SubmissionKeys', () => {
  it('sends the same key again when the same submission is retried', () => {
    const keys = new SubmissionKeys(counter());
    const booking = { kind: 'commitment', amount: '0.10' };
    expect(keys.keyFor(booking)).toBe('key-1');
    expect(keys.keyFor({ ...booking })).toBe('key-1');
  });

  it('makes a new key once the previous submission was answered', () => {
    const keys = new SubmissionKeys(counter());
    const booking = { kind: 'commitment', amount: '0.10' };
    keys.keyFor(booking);
    keys.settle();
    expect(keys.keyFor(booking)).toBe('key-2');
  });

  it('makes a new key when the content changed after a failure', () => {
    const keys = new SubmissionKeys(counter());
    keys.keyFor({ amount: '0.10' });
    expect(keys.keyFor({ amount: '0.20' })).toBe('key-2');
  });

  it('uses random UUIDs by default', () => {
    const key = new SubmissionKeys().keyFor({});
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
