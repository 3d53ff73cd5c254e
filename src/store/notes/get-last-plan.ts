import type { Worksheet } from '#worksheet';
import { openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import type { StoredDocument } from './note-view.ts';

export interface LastPlan {
  plan?: string;
  homework?: string;
  noteId?: string;
}

/**
 * The plan and homework of the client's latest signed note (the latest session, then the latest
 * signature), offered as context for the next one. A draft is not yet what the clinician decided,
 * and a note marked entered in error is not the record, so neither is used.
 * @example const { plan } = await getLastPlan(store, userId, clientId);
 */
export async function getLastPlan(store: Store, userId: string, clientId: string): Promise<LastPlan> {
  const rows = await store.db
    .selectFrom('notes')
    .select(['id', 'session_date', 'created_at', 'signed_at'])
    .where('user_id', '=', userId)
    .where('client_id', '=', clientId)
    .where('status', '=', 'signed')
    .where('entered_in_error_at', 'is', null)
    .execute();
  const sessionDay = (r: (typeof rows)[number]): string => r.session_date ?? r.created_at.slice(0, 10);
  const latest = rows.sort((a, b) => sessionDay(b).localeCompare(sessionDay(a)) || (b.signed_at ?? '').localeCompare(a.signed_at ?? ''))[0];
  if (!latest) return {};
  const row = await store.db.selectFrom('notes').select(['id', 'document_enc', 'worksheet_enc']).where('id', '=', latest.id).executeTakeFirstOrThrow();
  const doc = openJson<StoredDocument>(store, 'notes', row.id, 'document', row.document_enc);
  const worksheet = openJson<Worksheet>(store, 'notes', row.id, 'worksheet', row.worksheet_enc);
  const plan = doc?.sections.find((s) => s.key === 'plan')?.text.trim();
  const homework = worksheet?.homework?.join('; ');
  return { noteId: row.id, ...(plan ? { plan } : {}), ...(homework ? { homework } : {}) };
}
