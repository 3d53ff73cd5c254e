// TOTP state of an account. Secrets are encrypted like clinical text: they unlock an account.
import type { Store } from '../open-store.ts';

const at = (row: string, column: string) => ({ table: 'users', row, column });

/**
 * Keeps a new TOTP secret, encrypted, until the first code from the authenticator app confirms it
 * (enableTotp).
 * @example await savePendingTotpSecret(store, userId, secret);
 */
export async function savePendingTotpSecret(store: Store, userId: string, secret: string): Promise<void> {
  const enc = store.cipher.encrypt(secret, at(userId, 'totp_pending_secret'), await store.keys.forUser(userId));
  await store.db.updateTable('users').set({ totp_pending_secret_enc: enc }).where('id', '=', userId).execute();
}

/**
 * The account's TOTP secrets, decrypted: the active one, the one awaiting confirmation, and the
 * last accepted time step.
 * @example const { active, pending, lastStep } = await readTotpSecrets(store, userId);
 */
export async function readTotpSecrets(store: Store, userId: string): Promise<{ active?: string; pending?: string; lastStep: number | null }> {
  const row = await store.db
    .selectFrom('users')
    .select(['totp_secret_enc', 'totp_pending_secret_enc', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) return { lastStep: null };
  return {
    ...(row.totp_secret_enc ? { active: store.cipher.decrypt(row.totp_secret_enc, at(userId, 'totp_secret')) } : {}),
    ...(row.totp_pending_secret_enc ? { pending: store.cipher.decrypt(row.totp_pending_secret_enc, at(userId, 'totp_pending_secret')) } : {}),
    lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}

/**
 * Turns two-step sign-in on with a confirmed secret, and records the step of the code that
 * confirmed it (it cannot be used again).
 * @example await enableTotp(store, userId, pendingSecret, step);
 */
export async function enableTotp(store: Store, userId: string, secret: string, step: number): Promise<void> {
  const enc = store.cipher.encrypt(secret, at(userId, 'totp_secret'), await store.keys.forUser(userId));
  await store.db
    .updateTable('users')
    .set({ totp_enabled: 1, totp_secret_enc: enc, totp_pending_secret_enc: null, totp_last_step: step })
    .where('id', '=', userId)
    .execute();
}

/**
 * Records the time step of an accepted code so the same code cannot be replayed.
 * @example if (!(await recordTotpStep(store, userId, step))) return false; // this code was used already
 */
export async function recordTotpStep(store: Store, userId: string, step: number): Promise<boolean> {
  const result = await store.db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Turns two-step sign-in off: forgets both secrets, the last step and every recovery code, in one
 * transaction.
 * @example await disableTotp(store, userId);
 */
export async function disableTotp(store: Store, userId: string): Promise<void> {
  await store.transaction(async () => {
    await store.db
      .updateTable('users')
      .set({ totp_enabled: 0, totp_secret_enc: null, totp_pending_secret_enc: null, totp_last_step: null })
      .where('id', '=', userId)
      .execute();
    await store.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  });
}
