// Refuses to start with a key that did not write this database (a restored database with a
// new key file, or a mistyped AFTERWORD_KEY), instead of failing later on every note.
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { StartupError } from '../startup-error.ts';
import type { FieldCipher } from './create-field-cipher.ts';

const ROW = { table: 'key_check', row: 'master', column: 'value' };
const EXPECTED = 'afterword key check v1';

/** True when the database already holds data written under some key (before or since per-user keys). */
export async function databaseHasKey(db: Kysely<Database>): Promise<boolean> {
  if (await db.selectFrom('data_keys').select('id').limit(1).executeTakeFirst()) return true;
  return Boolean(await db.selectFrom('key_check').select('id').where('id', '=', ROW.row).executeTakeFirst());
}

/** Checks the master key of a database from before per-user keys (open-installation-secret.ts). */
export async function checkKey(db: Kysely<Database>, cipher: FieldCipher): Promise<void> {
  const row = await db.selectFrom('key_check').select('value_enc').where('id', '=', ROW.row).executeTakeFirst();
  if (!row) return;
  let ok = false;
  try {
    ok = cipher.decrypt(row.value_enc, ROW) === EXPECTED;
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new StartupError(
      'The encryption key does not match this database (wrong key for this database): restore the afterword.key that belongs to it, or set AFTERWORD_KEY to that key',
    );
  }
}
