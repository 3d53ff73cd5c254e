import type { UsersTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import { normaliseEmail } from './user-view.ts';

/**
 * The full row, including the password hash: for authentication code only.
 * @example const row = await findUserByEmail(store, 'Ana@Example.org'); // the row of ana@example.org, or undefined
 */
export async function findUserByEmail(store: Store, email: string): Promise<UsersTable | undefined> {
  return store.db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

/**
 * The full row by id, including the password hash: for authentication code only; undefined when
 * there is none.
 * @example const row = await findUserById(store, session.userId);
 */
export async function findUserById(store: Store, id: string): Promise<UsersTable | undefined> {
  return store.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}
