// Frozen. One random data key per user (user_id set) and one for the installation (user_id null:
// the secret the search index, token MACs and the audit chain are keyed by), each stored wrapped
// by the master key. Rotating the master key rewrites these rows only. Re-encrypting rows written
// before this needs the master key, which migrations never see: the store does it once at start-up
// (src/store/crypto/adopt-data-keys.ts).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.unique())
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_keys').execute();
}
