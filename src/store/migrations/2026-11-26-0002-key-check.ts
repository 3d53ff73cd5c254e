// Frozen. A row encrypted under the master key, so start-up can tell a wrong key from a right
// one before any clinical row fails to decrypt.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('key_check')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('value_enc', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('key_check').execute();
}
