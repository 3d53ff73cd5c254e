// Frozen. Standardised measures a clinician enters per client (issue 10): which instrument, the
// item answers or the total, sealed in measure_enc (the instrument itself says what is being
// screened for, so it is sealed too); the day it was taken and who entered it are metadata.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client_measures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('taken_on', 'text', (c) => c.notNull())
    .addColumn('measure_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('client_measures_client_id').on('client_measures').column('client_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client_measures').execute();
}
