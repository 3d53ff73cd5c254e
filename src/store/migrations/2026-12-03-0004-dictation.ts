// Frozen. Each user's transcription endpoint for dictation (base URL, model, whether a remote
// address was confirmed), as JSON. It holds no clinical text, so it is a plain column; null: none.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_settings').addColumn('transcription', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_settings').dropColumn('transcription').execute();
}
