import { openField } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { hasFreeTextColumn, NOTE_LIST_COLUMNS } from './note-list-columns.ts';
import type { SupervisedNoteItem } from './note-view.ts';
import type { TSupervisedNotes } from './note.schema.ts';
import { readRetentionDays } from './read-retention-days.ts';
import { toNoteListItemFromColumns } from './to-note-view.ts';

/** Signed by the clinician and not yet co-signed (the longest waiting first), and co-signed (the latest first). */
export type SupervisedNotes = TSupervisedNotes;

const RECENT_LIMIT = 20;

/**
 * Signed notes of the clinicians `supervisorId` currently supervises. Drafts stay the
 * clinician's own work in progress and are not listed.
 * @example const { awaiting } = await listSupervisedNotes(store, supervisor.id);
 */
export async function listSupervisedNotes(store: Store, supervisorId: string): Promise<SupervisedNotes> {
  const base = store.db
    .selectFrom('notes')
    .innerJoin('users', 'users.id', 'notes.user_id')
    .select([...NOTE_LIST_COLUMNS, hasFreeTextColumn])
    .select(['users.name as clinician_name', 'users.credentials as clinician_credentials'])
    .where('users.supervisor_id', '=', supervisorId)
    .where('notes.status', '=', 'signed');
  const awaiting = await base.where('notes.cosigned_at', 'is', null).orderBy('notes.signed_at', 'asc').execute();
  const recent = await base.where('notes.cosigned_at', 'is not', null).orderBy('notes.cosigned_at', 'desc').limit(RECENT_LIMIT).execute();

  const clientIds = [...new Set([...awaiting, ...recent].map((r) => r.client_id).filter((id): id is string => id !== null))];
  const clients = clientIds.length ? await store.db.selectFrom('clients').select(['id', 'display_name_enc']).where('id', 'in', clientIds).execute() : [];
  const names = new Map(clients.map((c) => [c.id, openField(store, 'clients', c.id, 'display_name', c.display_name_enc) as string]));
  const retention = new Map<string, number>();

  const toItem = async (row: (typeof awaiting)[number]): Promise<SupervisedNoteItem> => {
    const { clinician_name: name, clinician_credentials: credentials, ...note } = row;
    let days = retention.get(note.user_id);
    if (days === undefined) {
      days = await readRetentionDays(store, note.user_id);
      retention.set(note.user_id, days);
    }
    const clientName = note.client_id ? (names.get(note.client_id) ?? null) : null;
    return { ...toNoteListItemFromColumns(store, note, clientName, days), clinician: { id: note.user_id, name, credentials } };
  };
  const items = async (rows: typeof awaiting): Promise<SupervisedNoteItem[]> => {
    const out: SupervisedNoteItem[] = [];
    for (const row of rows) out.push(await toItem(row));
    return out;
  };
  return { awaiting: await items(awaiting), recent: await items(recent) };
}
