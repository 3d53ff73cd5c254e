import type { NoteStatus } from '../database.ts';
import { openField, openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { noteGlance } from './note-glance.ts';
import type { NoteListItem, StoredDocument } from './note-view.ts';
import { readRetentionDays } from './read-retention-days.ts';
import { toNoteListItem } from './to-note-view.ts';

export interface ListNotesOptions {
  userId: string;
  clientId?: string | undefined;
  status?: NoteStatus | undefined;
  /** Words to find in the note text or the client's name. The text is encrypted, so the
   * search runs on decrypted rows in memory: fine for one clinician's notes. */
  q?: string | undefined;
}

/** The clinician's own notes, newest session first. */
export async function listNotes(store: Store, options: ListNotesOptions): Promise<NoteListItem[]> {
  let query = store.db.selectFrom('notes').selectAll().where('user_id', '=', options.userId);
  if (options.clientId) query = query.where('client_id', '=', options.clientId);
  if (options.status) query = query.where('status', '=', options.status);
  const rows = await query.orderBy('created_at', 'desc').execute();

  const clients = await store.db.selectFrom('clients').select(['id', 'display_name_enc']).where('user_id', '=', options.userId).execute();
  const names = new Map(clients.map((c) => [c.id, openField(store, 'clients', c.id, 'display_name', c.display_name_enc) as string]));
  const retentionDays = await readRetentionDays(store, options.userId);
  const words = (options.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);

  const items: NoteListItem[] = [];
  for (const row of rows) {
    const clientName = row.client_id ? (names.get(row.client_id) ?? null) : null;
    const doc = openJson<StoredDocument>(store, 'notes', row.id, 'document', row.document_enc);
    if (words.length > 0) {
      const haystack = [clientName ?? '', row.format, row.session_date ?? '', ...(doc?.sections ?? []).map((s) => `${s.title} ${s.text}`)].join('\n').toLowerCase();
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    items.push({ ...toNoteListItem(row, clientName, retentionDays), ...noteGlance(doc) });
  }
  return items.sort((a, b) => (b.sessionDate ?? b.createdAt.slice(0, 10)).localeCompare(a.sessionDate ?? a.createdAt.slice(0, 10)) || b.createdAt.localeCompare(a.createdAt));
}
