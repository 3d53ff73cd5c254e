// Frozen. Each user's own model endpoint (issue 11): off by default; the key sealed like clinical
// text (AES-256-GCM, AAD model_settings:user:api_key); the base URL an outside endpoint was
// confirmed for (a new URL needs a new confirmation). No row: no model.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('model_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('base_url', 'text')
    .addColumn('model', 'text')
    .addColumn('api_key_enc', 'text')
    .addColumn('stream', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('timeout_seconds', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('outside_confirmed_url', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('model_settings').execute();
}
