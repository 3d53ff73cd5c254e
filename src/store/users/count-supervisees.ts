import type { Store } from '../open-store.ts';

/**
 * How many clinicians `userId` supervises (the interface offers co-signing when this is not 0).
 * @example const supervising = (await countSupervisees(store, userId)) > 0;
 */
export async function countSupervisees(store: Store, userId: string): Promise<number> {
  const row = await store.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('supervisor_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
