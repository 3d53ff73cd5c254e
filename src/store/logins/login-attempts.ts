// Sign-in attempts per email (existing account or not, so the answer does not reveal which),
// kept as a keyed hash of the email. Each attempt is counted in one atomic statement *before*
// the password is checked, so parallel requests cannot all slip in under the limit: attempt
// number N is evaluated only when N <= maxFailures, and the one that reaches the limit locks
// the email for `lockSeconds` (unless its password was right, which clears the count).
import { sql } from 'kysely';
import type { Store } from '../open-store.ts';
import { normaliseEmail } from '../users/user-view.ts';

export interface LockoutPolicy {
  maxFailures: number;
  lockSeconds: number;
}

export interface CountedAttempt {
  /** This attempt's number in the current window (1-based). */
  attempt: number;
  /** False when the limit was already reached: refuse without checking the password. */
  allowed: boolean;
  /** True when this attempt reaches the limit: a wrong password now locks the email. */
  last: boolean;
}

const PURPOSE = 'login-email';

function loginEmailHash(store: Store, email: string): string {
  return store.cipher.mac(PURPOSE, normaliseEmail(email).slice(0, 320));
}

/**
 * Counts one sign-in attempt (an upsert with RETURNING: atomic on SQLite and PostgreSQL).
 * A window that has ended starts again at 1; while under the limit every attempt extends the
 * window, so failures in a row within `lockSeconds` of each other add up; past the limit the
 * window is left alone, so refused attempts do not prolong a lockout.
 * @example const counted = await countLoginAttempt(store, email, policy); if (!counted.allowed) throw locked;
 */
export async function countLoginAttempt(store: Store, email: string, policy: LockoutPolicy): Promise<CountedAttempt> {
  const now = store.now();
  const nowIso = now.toISOString();
  const ends = new Date(now.getTime() + policy.lockSeconds * 1000).toISOString();
  const row = await store.db
    .insertInto('login_attempts')
    .values({ email_hash: loginEmailHash(store, email), attempts: 1, window_ends_at: ends })
    .onConflict((oc) =>
      oc.column('email_hash').doUpdateSet({
        attempts: sql<number>`CASE WHEN login_attempts.window_ends_at <= ${nowIso} THEN 1 ELSE login_attempts.attempts + 1 END`,
        window_ends_at: sql<string>`CASE WHEN login_attempts.window_ends_at <= ${nowIso} OR login_attempts.attempts < ${policy.maxFailures} THEN ${ends} ELSE login_attempts.window_ends_at END`,
      }),
    )
    .returning('attempts')
    .executeTakeFirstOrThrow();
  const attempt = Number(row.attempts);
  return { attempt, allowed: attempt <= policy.maxFailures, last: attempt >= policy.maxFailures };
}

/**
 * Takes back one counted attempt that was not a failure (right password, code still to come).
 * @example await uncountLoginAttempt(store, email); // the password was right; the TOTP code is asked next
 */
export async function uncountLoginAttempt(store: Store, email: string): Promise<void> {
  await store.db
    .updateTable('login_attempts')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('email_hash', '=', loginEmailHash(store, email))
    .where('attempts', '>', 0)
    .execute();
}

/**
 * Forgets the attempts of an email: after a successful sign-in, or when the owner unlocks it.
 * @example await clearLoginAttempts(store, 'ana@example.org');
 */
export async function clearLoginAttempts(store: Store, email: string): Promise<void> {
  await store.db.deleteFrom('login_attempts').where('email_hash', '=', loginEmailHash(store, email)).execute();
}

/**
 * When the email's lockout ends, or undefined if it is not locked.
 * @example const until = await lockedUntil(store, email, { maxFailures: 5, lockSeconds: 15 * 60 }); // a Date, or undefined
 */
export async function lockedUntil(store: Store, email: string, policy: LockoutPolicy): Promise<Date | undefined> {
  const row = await store.db.selectFrom('login_attempts').selectAll().where('email_hash', '=', loginEmailHash(store, email)).executeTakeFirst();
  if (!row || Number(row.attempts) < policy.maxFailures) return undefined;
  const until = new Date(row.window_ends_at);
  return until.getTime() > store.now().getTime() ? until : undefined;
}

/**
 * Deletes the rows whose window has ended (run with the retention purge).
 * @example const pruned = await pruneLoginAttempts(store); // 3
 */
export async function pruneLoginAttempts(store: Store): Promise<number> {
  const result = await store.db.deleteFrom('login_attempts').where('window_ends_at', '<=', store.now().toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
