// Failed sign-ins per email (existing account or not, so the answer does not reveal which).
// After `maxFailures` in a row the email is locked for `lockSeconds`.
import type { Store } from '../open-store.ts';
import { normaliseEmail } from '../users/user-view.ts';

export interface LockoutPolicy {
  maxFailures: number;
  lockSeconds: number;
}

export async function lockedUntil(store: Store, email: string): Promise<Date | undefined> {
  const row = await store.db.selectFrom('login_failures').select('locked_until').where('email', '=', normaliseEmail(email)).executeTakeFirst();
  if (!row?.locked_until) return undefined;
  const until = new Date(row.locked_until);
  return until.getTime() > store.now().getTime() ? until : undefined;
}

/** Counts a failure; returns true when this failure locks the account. */
export async function recordLoginFailure(store: Store, email: string, policy: LockoutPolicy): Promise<boolean> {
  const key = normaliseEmail(email).slice(0, 320);
  const now = store.now();
  return store.transaction(async () => {
    const row = await store.db.selectFrom('login_failures').selectAll().where('email', '=', key).executeTakeFirst();
    const stillLocked = row?.locked_until && Date.parse(row.locked_until) > now.getTime();
    const failures = (stillLocked || !row?.locked_until ? (row?.failures ?? 0) : 0) + 1;
    const locks = failures >= policy.maxFailures;
    const values = {
      failures: locks ? 0 : failures,
      locked_until: locks ? new Date(now.getTime() + policy.lockSeconds * 1000).toISOString() : null,
      updated_at: now.toISOString(),
    };
    if (row) await store.db.updateTable('login_failures').set(values).where('email', '=', key).execute();
    else await store.db.insertInto('login_failures').values({ email: key, ...values }).execute();
    return locks;
  });
}

export async function clearLoginFailures(store: Store, email: string): Promise<void> {
  await store.db.deleteFrom('login_failures').where('email', '=', normaliseEmail(email)).execute();
}
