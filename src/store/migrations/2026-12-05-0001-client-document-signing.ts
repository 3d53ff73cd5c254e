// Frozen. A document written from a template becomes a record like a note: a draft the clinician
// edits (updated_at), then signs (who, with what credentials, when), after which it is kept and
// only ever marked entered in error with a reason (encrypted: it may name the client). The
// template's own title is kept beside the document's (encrypted like the template). Documents
// saved before this migration were never signed: they are drafts.
// One ADD COLUMN per statement for SQLite; the same statements run on PostgreSQL.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('client_documents').addColumn('status', 'text', (c) => c.notNull().defaultTo('draft')).execute();
  await db.schema.alterTable('client_documents').addColumn('updated_at', 'text').execute();
  await db.schema.alterTable('client_documents').addColumn('template_title_enc', 'text').execute();
  await db.schema.alterTable('client_documents').addColumn('signed_at', 'text').execute();
  await db.schema.alterTable('client_documents').addColumn('signed_by_name', 'text').execute();
  await db.schema.alterTable('client_documents').addColumn('signed_by_credentials', 'text').execute();
  await db.schema.alterTable('client_documents').addColumn('entered_in_error_at', 'text').execute();
  await db.schema.alterTable('client_documents').addColumn('entered_in_error_reason_enc', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['entered_in_error_reason_enc', 'entered_in_error_at', 'signed_by_credentials', 'signed_by_name', 'signed_at', 'template_title_enc', 'updated_at', 'status']) {
    await db.schema.alterTable('client_documents').dropColumn(column).execute();
  }
}
