import { v7 } from 'uuid';

/** UUIDv7: time-ordered, so primary-key indexes stay append-mostly on both engines. */
export function newId(): string {
  return v7();
}
