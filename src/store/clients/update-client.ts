import type { Updateable } from 'kysely';
import { AppError } from '../app-error.ts';
import { sealField, sealJson } from '../crypto/seal-field.ts';
import type { ClientsTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import type { ClientView } from './client-view.ts';
import type { ClientFields } from './create-client.ts';
import { getClient } from './get-client.ts';

/**
 * Applies the given fields (null clears an optional one).
 * @example await updateClient(store, userId, clientId, { preferredFormat: 'dap', realName: null });
 */
export async function updateClient(store: Store, userId: string, clientId: string, fields: Partial<ClientFields>): Promise<ClientView> {
  const set: Updateable<ClientsTable> = { updated_at: store.now().toISOString() };
  if (fields.displayName !== undefined) set.display_name_enc = await sealField(store, userId, 'clients', clientId, 'display_name', fields.displayName) as string;
  if (fields.realName !== undefined) set.real_name_enc = await sealField(store, userId, 'clients', clientId, 'real_name', fields.realName);
  if (fields.pronouns !== undefined) set.pronouns = fields.pronouns;
  if (fields.diagnoses !== undefined) set.diagnoses_enc = await sealJson(store, userId, 'clients', clientId, 'diagnoses', fields.diagnoses ?? []);
  if (fields.preferredFormat !== undefined) set.preferred_format = fields.preferredFormat;
  if (fields.context !== undefined) set.context_enc = await sealField(store, userId, 'clients', clientId, 'context', fields.context);
  const result = await store.db.updateTable('clients').set(set).where('id', '=', clientId).where('user_id', '=', userId).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('not_found', 'Client not found');
  return getClient(store, userId, clientId);
}
