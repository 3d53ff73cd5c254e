// Frozen. Treatment plans (issue 10): versions per client, each a draft until signed like a note.
// The plan itself (goals, objectives, interventions, ...) and the intake summary it was drafted
// from are clinical text, encrypted; version, status and the review and target dates are plain
// so an overdue review can be found without decrypting. One draft per client at a time.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('treatment_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text')
    .addColumn('target_date', 'text')
    .addColumn('content_enc', 'text', (c) => c.notNull())
    .addColumn('summary_enc', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('signed_by_name', 'text')
    .addColumn('signed_by_credentials', 'text')
    .addUniqueConstraint('treatment_plans_client_version', ['client_id', 'version'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('treatment_plans').execute();
}
