import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db/database';
import { AuthErrors } from './actor';
import * as counters from './login-limits.repository';

/**
 * How many passwords are checked (ADR 0030). Limits refuse an address, never an account: the owner
 * signing in from elsewhere is only slowed down by the failures of others.
 */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  /** Failed tries for one account from one address, after which that address is refused for it. */
  perAccountFromAddress: 5,
  /** Failed tries from one address over all accounts, after which the address is refused. */
  perAddress: 20,
  /** Failures for one account from anywhere, after which each check of it waits first. */
  slowAccountAfter: 20,
  slowDownStepMs: 250,
  slowDownMaxMs: 3000,
};

function windowOf(nowMs: number) {
  const size = LOGIN_LIMITS.windowMinutes * 60_000;
  const start = Math.floor(nowMs / size) * size;
  return {
    start: new Date(start).toISOString(),
    retryAfterSeconds: Math.max(1, Math.ceil((start + size - nowMs) / 1000)),
  };
}

function refused(retryAfterSeconds: number) {
  return AuthErrors.tooManyAttempts({ retryAfterSeconds }, { 'retry-after': String(retryAfterSeconds) });
}

/**
 * Runs `check` (a password check, true when right) for `email` from `address` under the limits. A ticket
 * is taken atomically in the database before the check, so that concurrent tries, in this process or in
 * another one on the same database, cannot all pass a count read before any of them failed; a right
 * password gives its tickets back.
 * @throws auth.too_many_attempts
 */
export async function underLoginLimits(
  db: Db,
  email: string,
  address: string,
  check: () => Promise<boolean>,
): Promise<boolean> {
  const window = windowOf(Date.now());
  const pair = `account-address:${email} ${address}`;
  const fromAddress = `address:${address}`;
  const account = `account:${email}`;
  if ((await counters.takeTicket(db, pair, window.start)) > LOGIN_LIMITS.perAccountFromAddress)
    throw refused(window.retryAfterSeconds);
  if ((await counters.takeTicket(db, fromAddress, window.start)) > LOGIN_LIMITS.perAddress) {
    await counters.returnTicket(db, pair, window.start);
    throw refused(window.retryAfterSeconds);
  }
  const accountFailures = await counters.readCounter(db, account, window.start);
  if (accountFailures >= LOGIN_LIMITS.slowAccountAfter) {
    const over = accountFailures - LOGIN_LIMITS.slowAccountAfter + 1;
    await sleep(Math.min(LOGIN_LIMITS.slowDownMaxMs, over * LOGIN_LIMITS.slowDownStepMs));
  }
  const ok = await check();
  if (ok) {
    await counters.clearCounter(db, pair);
    await counters.returnTicket(db, fromAddress, window.start);
  } else {
    await counters.takeTicket(db, account, window.start);
    await counters.purgeCountersBefore(db, window.start);
  }
  return ok;
}
