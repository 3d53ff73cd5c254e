// Frozen. The key a user's transcription service asks for (Settings › Dictation), sealed like the
// model key (AES-256-GCM, AAD user_settings:user:transcription_key); null: none.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_settings').addColumn('transcription_key_enc', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_settings').dropColumn('transcription_key_enc').execute();
}
