import type { Store } from '../open-store.ts';
import { ensureNameFree, guardNameUnique } from './ensure-name-free.ts';

export interface UpdateUserProfileOptions {
  userId: string;
  name: string;
  credentials: string;
}

export async function updateUserProfile(store: Store, options: UpdateUserProfileOptions): Promise<void> {
  await ensureNameFree(store.db, options.name, options.userId);
  await guardNameUnique(() => store.db.updateTable('users').set({ name: options.name, credentials: options.credentials }).where('id', '=', options.userId).execute());
}
