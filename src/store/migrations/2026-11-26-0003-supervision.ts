// Frozen. Supervision: a clinician's supervisor (users.supervisor_id, set by the owner) and the
// co-signature on a note (who, with the name and credentials as they were, and when).
// SQLite takes one ADD COLUMN per statement, so each column is its own ALTER TABLE; the same
// statements run on PostgreSQL, so nothing branches here.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('supervisor_id', 'text', (c) => c.references('users.id')).execute();
  await db.schema.createIndex('users_supervisor_id').on('users').column('supervisor_id').execute();
  await db.schema.alterTable('notes').addColumn('cosigned_at', 'text').execute();
  await db.schema.alterTable('notes').addColumn('cosigned_by_user_id', 'text', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('notes').addColumn('cosigned_by_name', 'text').execute();
  await db.schema.alterTable('notes').addColumn('cosigned_by_credentials', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['cosigned_by_credentials', 'cosigned_by_name', 'cosigned_by_user_id', 'cosigned_at']) {
    await db.schema.alterTable('notes').dropColumn(column).execute();
  }
  await db.schema.dropIndex('users_supervisor_id').execute();
  await db.schema.alterTable('users').dropColumn('supervisor_id').execute();
}
