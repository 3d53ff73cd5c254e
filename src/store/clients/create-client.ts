import { randomUUID } from 'node:crypto';
import { sealField, sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import type { FormatKey } from '#compose';
import type { ClientView, Diagnosis } from './client-view.ts';
import type { TPronouns } from './client.schema.ts';

export interface ClientFields {
  displayName: string;
  realName?: string | null | undefined;
  pronouns?: TPronouns | null | undefined;
  diagnoses?: Diagnosis[] | null | undefined;
  preferredFormat?: FormatKey | null | undefined;
  context?: string | null | undefined;
}

/**
 * Adds a client to the clinician's list; names and context are encrypted with the clinician's data
 * key. Conflict when the display name is already one of theirs.
 * @example const client = await createClient(store, userId, { displayName: 'J.M.', pronouns: 'she', preferredFormat: 'birp' });
 */
export async function createClient(store: Store, userId: string, fields: ClientFields): Promise<ClientView> {
  const id = randomUUID();
  const now = store.now().toISOString();
  await store.db
    .insertInto('clients')
    .values({
      id,
      user_id: userId,
      // Even the display name is sealed: clinicians often type a first name there.
      display_name_enc: await sealField(store, userId, 'clients', id, 'display_name', fields.displayName) as string,
      real_name_enc: await sealField(store, userId, 'clients', id, 'real_name', fields.realName),
      pronouns: fields.pronouns ?? null,
      diagnoses_enc: await sealJson(store, userId, 'clients', id, 'diagnoses', fields.diagnoses ?? []),
      preferred_format: fields.preferredFormat ?? null,
      context_enc: await sealField(store, userId, 'clients', id, 'context', fields.context),
      created_at: now,
      updated_at: now,
      archived_at: null,
    })
    .execute();
  return {
    id,
    displayName: fields.displayName,
    realName: fields.realName ?? null,
    pronouns: fields.pronouns ?? null,
    diagnoses: fields.diagnoses ?? [],
    preferredFormat: fields.preferredFormat ?? null,
    context: fields.context ?? null,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    noteCount: 0,
  };
}
