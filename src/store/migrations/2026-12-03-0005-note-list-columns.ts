// Frozen. The Notes list and search at a practice's scale (issue 7):
// - notes.list_date: the day the list sorts by (the session date, else the day the note was
//   written), so a page is one range read of an index, (user_id, list_date, created_at, id),
//   which is also the keyset the API's cursor carries (and the same per client);
// - notes.glance_enc: what a list row shows of the note's content (first line, CPT code),
//   encrypted like every clinical column, so a row never needs the whole document decrypted;
// - notes.indexed_version: which version of the list columns and search terms the row holds
//   (null: not yet; the store fills them at start-up, since that needs the key);
// - note_terms: the search index, one keyed hash per distinct normalised word of a note (no word
//   is stored readable), removed with its note.
// Data is filled by the next migration (list_date) and by the store at start-up (the rest).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notes').addColumn('list_date', 'text').execute();
  await db.schema.alterTable('notes').addColumn('glance_enc', 'text').execute();
  await db.schema.alterTable('notes').addColumn('indexed_version', 'integer').execute();
  await db.schema.createIndex('notes_user_id_list_order').on('notes').columns(['user_id', 'list_date', 'created_at', 'id']).execute();
  // The same order within one client: the client filter (and a client's page) reads a range too.
  await db.schema.createIndex('notes_user_id_client_list_order').on('notes').columns(['user_id', 'client_id', 'list_date', 'created_at', 'id']).execute();
  await db.schema
    .createTable('note_terms')
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('note_id', 'text', (c) => c.notNull().references('notes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('note_terms_pk', ['term', 'note_id'])
    .execute();
  await db.schema.createIndex('note_terms_note_id').on('note_terms').column('note_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('note_terms').execute();
  await db.schema.dropIndex('notes_user_id_client_list_order').execute();
  await db.schema.dropIndex('notes_user_id_list_order').execute();
  for (const column of ['indexed_version', 'glance_enc', 'list_date']) {
    await db.schema.alterTable('notes').dropColumn(column).execute();
  }
}
