// Frozen. A signed note entered in error is kept and marked: when, and why (the reason may name
// the client, so it is encrypted like other clinical text). And when the retention purge took a
// signed note's raw summary and worksheet free text (free_text_purged_at), so it runs once.
// One ADD COLUMN per statement for SQLite; the same statements run on PostgreSQL.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notes').addColumn('entered_in_error_at', 'text').execute();
  await db.schema.alterTable('notes').addColumn('entered_in_error_reason_enc', 'text').execute();
  await db.schema.alterTable('notes').addColumn('free_text_purged_at', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notes').dropColumn('free_text_purged_at').execute();
  await db.schema.alterTable('notes').dropColumn('entered_in_error_reason_enc').execute();
  await db.schema.alterTable('notes').dropColumn('entered_in_error_at').execute();
}
