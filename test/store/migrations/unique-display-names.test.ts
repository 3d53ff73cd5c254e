// Display names unique in a practice, held by the database itself: the migration gives accounts
// that already share a name a number (so the index can be built and nobody is locked out), and
// from then on the database refuses a second account with the same name in any letter case, on
// SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { Migrator } from 'kysely';
import { expect, it } from 'vitest';
import { MIGRATIONS, migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { migrationsBefore, migrationDatabasePerTest } from '../../support/migration-database.ts';

const NAME = '2026-12-03-0006-unique-display-names';

const database = migrationDatabasePerTest();

let n = 0;
function user(name: string) {
  n++;
  return {
    id: `user-${n}`,
    email: `user${n}@practice.test`,
    name,
    credentials: 'LPC',
    role: 'clinician',
    password_hash: 'x',
    totp_enabled: 0,
    created_at: `2026-01-0${n}T09:00:00.000Z`,
  };
}

it('numbers names that were already shared, then refuses a second account with the same name in any case; down() drops only the index', async () => {
  const db = database();
  const before = migrationsBefore(NAME);
  await migrateToLatest(db, { migrations: before });
  await db.insertInto('users').values([user('Sam Ortiz'), user('sam ortiz'), user('Sam Ortiz (2)'), user('SAM ORTIZ'), user('Noor Haddad')]).execute();

  await migrateToLatest(db);
  const names = (await db.selectFrom('users').select('name').orderBy('created_at').execute()).map((r) => r.name);
  // The first-made keeps the name; the others get the next number not taken.
  expect(names).toEqual(['Sam Ortiz', 'sam ortiz (3)', 'Sam Ortiz (2)', 'SAM ORTIZ (4)', 'Noor Haddad']);

  await expect(db.insertInto('users').values(user('NOOR haddad')).execute()).rejects.toThrow(/users_name_lower_unique|unique/i);
  await expect(db.updateTable('users').set({ name: 'noor HADDAD' }).where('name', '=', 'Sam Ortiz (2)').execute()).rejects.toThrow(/unique/i);
  await db.insertInto('users').values(user('Noor A. Haddad')).execute();

  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  // Later migrations (if any) are undone first; then this one alone.
  expect((await migrator.migrateTo(NAME)).error).toBeUndefined();
  const { error, results } = await migrator.migrateTo(Object.keys(before).at(-1)!);
  expect(error).toBeUndefined();
  expect(results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([[NAME, 'Down', 'Success']]);
  await db.insertInto('users').values(user('noor haddad')).execute();
});
