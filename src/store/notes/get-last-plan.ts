import type { Worksheet } from '#worksheet';
import { openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import type { StoredDocument } from './note-view.ts';

export interface LastPlan {
  plan?: string;
  homework?: string;
  noteId?: string;
}

/** The plan and homework of the client's latest note, offered as context for the next one. */
export async function getLastPlan(store: Store, userId: string, clientId: string): Promise<LastPlan> {
  const row = await store.db
    .selectFrom('notes')
    .select(['id', 'document_enc', 'worksheet_enc'])
    .where('user_id', '=', userId)
    .where('client_id', '=', clientId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return {};
  const doc = openJson<StoredDocument>(store, 'notes', row.id, 'document', row.document_enc);
  const worksheet = openJson<Worksheet>(store, 'notes', row.id, 'worksheet', row.worksheet_enc);
  const plan = doc?.sections.find((s) => s.key === 'plan')?.text.trim();
  const homework = worksheet?.homework?.join('; ');
  return { noteId: row.id, ...(plan ? { plan } : {}), ...(homework ? { homework } : {}) };
}
