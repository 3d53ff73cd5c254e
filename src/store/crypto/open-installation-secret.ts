// Opens the installation secret (the key behind token MACs, the search index and the audit chain)
// with the master key, creating it on a new database. This is also the key check: a master key
// that did not wrap it is the wrong key. A database from before per-user keys keeps its first
// master key as the secret (what those hashes were made with), after checking it against the old
// `key_check` row; its rows are re-encrypted afterwards (adopt-data-keys.ts).
// If the key fails but `afterword.key.new` opens the database, `afterword rotate-key` stopped
// between committing and renaming: the rotation is finished here (or, with AFTERWORD_KEY, the
// person is told to set it).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { StartupError } from '../startup-error.ts';
import { checkKey } from './check-key.ts';
import { createFieldCipher } from './create-field-cipher.ts';
import { decodeKey, KEY_FILE_NAME, PENDING_KEY_FILE_NAME } from './load-master-key.ts';
import { unwrapKey, wrapKey, wrappingKey } from './wrap-key.ts';

const INSTALLATION_KEY_ID = 'installation';

export interface OpenInstallationSecretOptions {
  db: Kysely<Database>;
  masterKey: Buffer;
  /** True when the master key came from AFTERWORD_KEY (never rewritten by Afterword). */
  fromEnv: boolean;
  dataDir: string;
  now: Date;
}

export interface OpenedKeys {
  /** The master key that opened the database (the pending one after a finished rotation). */
  masterKey: Buffer;
  installationSecret: Buffer;
}

const WRONG_KEY =
  'The encryption key does not match this database (wrong key for this database): restore the afterword.key that belongs to it, or set AFTERWORD_KEY to that key';

async function readSecret(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db.selectFrom('data_keys').select('wrapped_key').where('id', '=', INSTALLATION_KEY_ID).executeTakeFirst();
  return row?.wrapped_key;
}

export async function openInstallationSecret(options: OpenInstallationSecretOptions): Promise<OpenedKeys> {
  const { db, masterKey } = options;
  let wrapped = await readSecret(db);
  if (wrapped === undefined) {
    const legacy = await db.selectFrom('key_check').select('id').executeTakeFirst();
    const secret = legacy ? masterKey : randomBytes(32);
    if (legacy) await checkKey(db, createFieldCipher(masterKey, { get: () => undefined, forUser: unusable, load: unusable, rewrap: unusable }));
    // A second process starting at the same moment keeps the first one's secret.
    await db
      .insertInto('data_keys')
      .values({ id: INSTALLATION_KEY_ID, user_id: null, wrapped_key: wrapKey(wrappingKey(masterKey), INSTALLATION_KEY_ID, secret), created_at: options.now.toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    wrapped = (await readSecret(db)) as string;
  }
  const secret = unwrapKey(wrappingKey(masterKey), INSTALLATION_KEY_ID, wrapped);
  if (secret) return { masterKey, installationSecret: secret };
  return finishRotation(options, wrapped);
}

function finishRotation(options: OpenInstallationSecretOptions, wrapped: string): OpenedKeys {
  const pending = join(options.dataDir, PENDING_KEY_FILE_NAME);
  if (!existsSync(pending)) throw new StartupError(WRONG_KEY);
  const next = decodeKey(readFileSync(pending, 'utf8'), pending);
  const secret = unwrapKey(wrappingKey(next), INSTALLATION_KEY_ID, wrapped);
  if (!secret) throw new StartupError(WRONG_KEY);
  if (options.fromEnv) {
    throw new StartupError(`The master key was rotated: set AFTERWORD_KEY to the key in ${pending}, start Afterword again, then delete that file.`);
  }
  renameSync(pending, join(options.dataDir, KEY_FILE_NAME));
  return { masterKey: next, installationSecret: secret };
}

function unusable(): never {
  throw new Error('no data keys while checking a legacy key');
}
