import { randomUUID } from 'node:crypto';
import { AppError } from '../app-error.ts';
import type { Role } from '../database.ts';
import type { Store } from '../open-store.ts';
import { ensureNameFree, guardNameUnique } from './ensure-name-free.ts';
import { normaliseEmail, toUserView, type UserView } from './user-view.ts';

export interface CreateUserOptions {
  email: string;
  name: string;
  credentials: string;
  role: Role;
  passwordHash: string;
  /** Refuse unless this is the first account (the one-time owner setup). */
  onlyIfFirst?: boolean;
  /**
   * The password was chosen by someone else (the owner adding a colleague): the account may do
   * nothing but choose its own at its first sign-in.
   */
  mustChangePassword?: boolean;
}

/**
 * Creates an account (email normalised, display name unique); conflict when the email or name is
 * taken, or when `onlyIfFirst` and an account exists.
 * @example const owner = await createUser(store, { email: 'ana@example.org', name: 'Ana Ruiz', credentials: 'LCSW', role: 'owner', passwordHash, onlyIfFirst: true });
 */
export async function createUser(store: Store, options: CreateUserOptions): Promise<UserView> {
  const email = normaliseEmail(options.email);
  const row = {
    id: randomUUID(),
    email,
    name: options.name,
    credentials: options.credentials,
    role: options.role,
    password_hash: options.passwordHash,
    totp_enabled: 0,
    totp_secret_enc: null,
    totp_pending_secret_enc: null,
    totp_last_step: null,
    created_at: store.now().toISOString(),
    supervisor_id: null,
    must_change_password: options.mustChangePassword ? 1 : 0,
    deactivated_at: null,
  };
  await store.transaction(async () => {
    if (options.onlyIfFirst) {
      const existing = await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
      if (existing) throw new AppError('conflict', 'Setup is already done');
    }
    const taken = await store.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new AppError('conflict', 'An account with this email exists', { field: 'email' });
    await ensureNameFree(store.db, options.name);
    await guardNameUnique(() => store.db.insertInto('users').values(row).execute());
  });
  return toUserView(row);
}
