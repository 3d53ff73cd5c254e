import type { UsersTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import { normaliseEmail } from './user-view.ts';

/** The full row, including the password hash: for authentication code only. */
export async function findUserByEmail(store: Store, email: string): Promise<UsersTable | undefined> {
  return store.db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById(store: Store, id: string): Promise<UsersTable | undefined> {
  return store.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}
