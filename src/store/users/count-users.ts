import type { Store } from '../open-store.ts';

export async function countUsers(store: Store): Promise<number> {
  const row = await store.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
