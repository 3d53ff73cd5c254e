import { randomUUID } from 'node:crypto';
import type { FormatKey } from '#compose';
import type { Worksheet } from '#worksheet';
import { AppError } from '../app-error.ts';
import { sealField, sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { getNote } from './get-note.ts';
import { indexNote } from './index-note.ts';
import { sessionColumns } from './session-columns.ts';
import type { NoteView, StoredDocument } from './note-view.ts';

export interface CreateNoteOptions {
  userId: string;
  clientId?: string | null | undefined;
  format: FormatKey;
  summary?: string | null | undefined;
  worksheet?: Worksheet | null | undefined;
  document: StoredDocument;
}

/**
 * Saves a draft. The client, when given, must be the clinician's own.
 * @example const note = await createNote(store, { userId, clientId, format: 'soap', summary, document }); // note.status: 'draft'
 */
export async function createNote(store: Store, options: CreateNoteOptions): Promise<NoteView> {
  if (options.clientId) {
    const client = await store.db.selectFrom('clients').select('id').where('id', '=', options.clientId).where('user_id', '=', options.userId).executeTakeFirst();
    if (!client) throw new AppError('not_found', 'Client not found', { field: 'clientId' });
  }
  const id = randomUUID();
  const now = store.now().toISOString();
  const session = sessionColumns(options.worksheet);
  await store.transaction(async () => {
    await store.db
    .insertInto('notes')
    .values({
      id,
      user_id: options.userId,
      client_id: options.clientId ?? null,
      format: options.format,
      status: 'draft',
      ...session,
      list_date: session.session_date ?? now.slice(0, 10),
      summary_enc: await sealField(store, options.userId, 'notes', id, 'summary', options.summary),
      worksheet_enc: await sealJson(store, options.userId, 'notes', id, 'worksheet', options.worksheet),
      document_enc: await sealJson(store, options.userId, 'notes', id, 'document', options.document) as string,
      created_at: now,
      updated_at: now,
      signed_at: null,
      signed_by_name: null,
      signed_by_credentials: null,
      summary_purged_at: null,
      cosigned_at: null,
      cosigned_by_user_id: null,
      cosigned_by_name: null,
      cosigned_by_credentials: null,
      signed_local_date: null,
      late_entry: null,
      glance_enc: null,
      indexed_version: null,
    })
    .execute();
    await indexNote(store, { noteId: id, userId: options.userId, document: options.document });
  });
  return getNote(store, options.userId, id);
}
