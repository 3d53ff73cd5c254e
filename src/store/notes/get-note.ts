import type { Diagnosis } from '../clients/client-view.ts';
import { openField, openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { findVisibleNoteRow } from './find-note-row.ts';
import type { NoteView } from './note-view.ts';
import { readRetentionDays } from './read-retention-days.ts';
import { toNoteView } from './to-note-view.ts';

/**
 * The note as `userId` may see it: their own, or (read-only) a supervisee's. Anyone else: not
 * found.
 * @example const note = await getNote(store, userId, noteId); // note.access: 'author' or 'supervisor'
 */
export async function getNote(store: Store, userId: string, noteId: string): Promise<NoteView> {
  const { row, access } = await findVisibleNoteRow(store, userId, noteId);
  const addenda = await store.db.selectFrom('addenda').selectAll().where('note_id', '=', noteId).orderBy('created_at', 'asc').execute();
  let clientName: string | null = null;
  let clientDiagnoses: Diagnosis[] = [];
  if (row.client_id) {
    const client = await store.db.selectFrom('clients').select(['id', 'display_name_enc', 'diagnoses_enc']).where('id', '=', row.client_id).executeTakeFirst();
    if (client) {
      clientName = openField(store, 'clients', client.id, 'display_name', client.display_name_enc);
      clientDiagnoses = openJson<Diagnosis[]>(store, 'clients', client.id, 'diagnoses', client.diagnoses_enc) ?? [];
    }
  }
  // Retention is the author's setting, whoever is looking.
  return toNoteView(store, { row, access, addenda, clientName, clientDiagnoses, retentionDays: await readRetentionDays(store, row.user_id) });
}
