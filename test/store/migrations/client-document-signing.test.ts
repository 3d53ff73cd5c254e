// The client-document-signing migration gives saved documents a status (existing ones are drafts:
// they were never signed), a signature, an "entered in error" mark and the template's title; its
// down() removes exactly those columns. On SQLite and, in the 'postgres' project, PostgreSQL.
import { expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { migrationDatabasePerTest, migrationsBefore, upAndDown } from '../../support/migration-database.ts';

const database = migrationDatabasePerTest();
const NAME = '2026-12-05-0001-client-document-signing';
const ADDED = ['status', 'updated_at', 'template_title_enc', 'signed_at', 'signed_by_name', 'signed_by_credentials', 'entered_in_error_at', 'entered_in_error_reason_enc'];

it('adds the signing columns to client_documents; down() takes exactly them away', async () => {
  const { without, withIt, afterDown, error, steps } = await upAndDown(database(), NAME, ['client_documents', 'notes']);
  expect(withIt.client_documents).toEqual([...(without.client_documents ?? []), ...ADDED].sort());
  expect(withIt.notes).toEqual(without.notes);
  expect(error).toBeUndefined();
  expect(steps).toEqual([[NAME, 'Down', 'Success']]);
  expect(afterDown).toEqual(without);
});

it('makes a document saved before it a draft', async () => {
  const db = database();
  await migrateToLatest(db, { migrations: migrationsBefore(NAME) });
  await db.insertInto('users').values({ id: 'u1', email: 'c@example.org', name: 'Dr C', credentials: 'LCSW', role: 'clinician', password_hash: 'x', created_at: '2026-12-01T00:00:00.000Z' }).execute();
  await db.insertInto('clients').values({ id: 'c1', user_id: 'u1', display_name_enc: 'sealed', created_at: '2026-12-01T00:00:00.000Z', updated_at: '2026-12-01T00:00:00.000Z' }).execute();
  await db.insertInto('client_documents').values({ id: 'd1', user_id: 'u1', client_id: 'c1', document_enc: 'sealed', created_at: '2026-12-01T00:00:00.000Z' }).execute();
  await migrateToLatest(db, { migrations: migrationsBefore(NAME, { through: true }) });
  expect(await db.selectFrom('client_documents').select(['status', 'signed_at', 'entered_in_error_at']).executeTakeFirst()).toEqual({ status: 'draft', signed_at: null, entered_in_error_at: null });
});
