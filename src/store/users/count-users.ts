import type { Store } from '../open-store.ts';

/**
 * How many accounts exist (0 before the owner's first-run setup).
 * @example const firstRun = (await countUsers(store)) === 0; // true: show the owner's setup page
 */
export async function countUsers(store: Store): Promise<number> {
  const row = await store.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
