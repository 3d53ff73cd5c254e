// Frozen. Each user's copy layout for "Copy note" (which header fields, capitals or not, plain or
// rich text), as JSON. It holds no clinical text, so it is a plain column; null means the default.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_settings').addColumn('copy_layout', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('user_settings').dropColumn('copy_layout').execute();
}
