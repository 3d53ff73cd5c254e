// Frozen. Session dates and records (issue 9):
// - notes: the session's start and end time and minutes as the clinician set them (the date was
//   already there), and, fixed when the note is signed, the calendar day it was signed on where
//   the clinician was (signed_local_date) and whether that made it a late entry (1, 0, or null
//   when the session date was not known);
// - user_settings: after how many hours past the session a signature is a late entry (null: on
//   any later calendar day than the session);
// - clients: when a client was archived (discharged): kept, hidden from the client picker.
// One ADD COLUMN per statement for SQLite; the same statements run on PostgreSQL. No backfill:
// older notes keep null (their times are only inside the encrypted worksheet).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notes').addColumn('session_start_time', 'text').execute();
  await db.schema.alterTable('notes').addColumn('session_end_time', 'text').execute();
  await db.schema.alterTable('notes').addColumn('session_minutes', 'integer').execute();
  await db.schema.alterTable('notes').addColumn('signed_local_date', 'text').execute();
  await db.schema.alterTable('notes').addColumn('late_entry', 'integer').execute();
  await db.schema.alterTable('user_settings').addColumn('late_entry_hours', 'integer').execute();
  await db.schema.alterTable('clients').addColumn('archived_at', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('clients').dropColumn('archived_at').execute();
  await db.schema.alterTable('user_settings').dropColumn('late_entry_hours').execute();
  for (const column of ['late_entry', 'signed_local_date', 'session_minutes', 'session_end_time', 'session_start_time']) {
    await db.schema.alterTable('notes').dropColumn(column).execute();
  }
}
