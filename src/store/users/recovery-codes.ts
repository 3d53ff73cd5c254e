// One-time recovery codes, stored as keyed hashes (the server recognises a code, never reads it).
import { randomUUID } from 'node:crypto';
import type { Store } from '../open-store.ts';

const PURPOSE = 'recovery-code';

function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/**
 * Replaces the account's recovery codes with these (stored as keyed hashes, never as text), in one
 * transaction.
 * @example await replaceRecoveryCodes(store, userId, ['k3j9-2md8', 'p0q7-xx41']);
 */
export async function replaceRecoveryCodes(store: Store, userId: string, codes: string[]): Promise<void> {
  await store.transaction(async () => {
    await store.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await store.db
      .insertInto('recovery_codes')
      .values(codes.map((code) => ({ id: randomUUID(), user_id: userId, code_hash: store.cipher.mac(PURPOSE, normaliseRecoveryCode(code)), used_at: null })))
      .execute();
  });
}

/**
 * Marks the code used and returns true, or returns false if it is unknown or spent.
 * @example await redeemRecoveryCode(store, userId, 'K3J9 2MD8') // true once; false the second time
 */
export async function redeemRecoveryCode(store: Store, userId: string, code: string): Promise<boolean> {
  const result = await store.db
    .updateTable('recovery_codes')
    .set({ used_at: store.now().toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', store.cipher.mac(PURPOSE, normaliseRecoveryCode(code)))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
