// The data keys this process has unwrapped, by id. Ciphertexts name their key by id, so
// decrypting stays synchronous; a key another process created after this one started is loaded
// before the rows that use it reach the caller (`dataKeyLoader`, a Kysely plugin that looks at the
// `_enc` columns of every result).
import { randomBytes } from 'node:crypto';
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { AppError } from '../app-error.ts';
import type { Database } from '../database.ts';
import { unwrapKey, wrapKey, wrappingKey } from './wrap-key.ts';

export interface DataKey {
  id: string;
  key: Buffer;
}

export interface KeyRing {
  /** The unwrapped key with this id, if loaded. */
  get(id: string): Buffer | undefined;
  /** The user's data key, created (random, wrapped by the master key) on the user's first write. */
  forUser(userId: string): Promise<DataKey>;
  /** Unwraps the keys with these ids from the database (keys other processes created). */
  load(ids: readonly string[]): Promise<void>;
  /**
   * Wraps every data key (and the installation secret) under a new master key, inside the current
   * transaction; no data row changes. Returns the rows rewritten. After commit, keys this process
   * creates are wrapped under the new key.
   */
  rewrap(newMasterKey: Buffer): Promise<number>;
}

export interface KeyRingOptions {
  /** The key-encryption key derived from the master key (wrap-key.ts). */
  kek: Buffer;
  /** The current transaction, or the database. */
  db(): Kysely<Database>;
  /** A connection outside any transaction, to load committed keys while a query holds one. */
  loaderDb(): Kysely<Database>;
  afterCommit(work: () => Promise<void>): Promise<void>;
  now(): Date;
}

/** Key ids are short: they prefix every ciphertext. 72 random bits. */
function newKeyId(): string {
  return randomBytes(9).toString('base64url');
}

function unwrapOrFail(kek: Buffer, id: string, wrapped: string): Buffer {
  const key = unwrapKey(kek, id, wrapped);
  if (!key) {
    throw new AppError(
      'internal',
      `data key ${id} does not open with the master key in use (was it created by a server still running with the previous key during rotate-key?)`,
    );
  }
  return key;
}

export function createKeyRing(options: KeyRingOptions): KeyRing & { remember(id: string, userId: string | null, key: Buffer): void } {
  let kek = options.kek;
  const keys = new Map<string, Buffer>();
  const byUser = new Map<string, string>();
  const remember = (id: string, userId: string | null, key: Buffer): void => {
    keys.set(id, key);
    if (userId !== null) byUser.set(userId, id);
  };
  return {
    remember,
    get: (id) => keys.get(id),
    async forUser(userId) {
      const known = byUser.get(userId);
      const knownKey = known ? keys.get(known) : undefined;
      if (known && knownKey) return { id: known, key: knownKey };
      const db = options.db();
      const find = () => db.selectFrom('data_keys').select(['id', 'wrapped_key']).where('user_id', '=', userId).executeTakeFirst();
      let row = await find();
      if (!row) {
        const id = newKeyId();
        const wrapped = wrapKey(kek, id, randomBytes(32));
        // Two processes may create the first key of one user at once: one row wins, both use it.
        await db
          .insertInto('data_keys')
          .values({ id, user_id: userId, wrapped_key: wrapped, created_at: options.now().toISOString() })
          .onConflict((oc) => oc.column('user_id').doNothing())
          .execute();
        row = await find();
        if (!row) throw new AppError('internal', `no data key for user ${userId}`);
      }
      const found = row;
      const key = unwrapOrFail(kek, found.id, found.wrapped_key);
      keys.set(found.id, key);
      // Known by user only once committed: a rolled-back key must not encrypt later rows.
      await options.afterCommit(async () => {
        byUser.set(userId, found.id);
      });
      return { id: found.id, key };
    },
    async load(ids) {
      if (!ids.length) return;
      const rows = await options.loaderDb().selectFrom('data_keys').select(['id', 'user_id', 'wrapped_key']).where('id', 'in', ids).execute();
      for (const row of rows) if (row.user_id !== null) remember(row.id, row.user_id, unwrapOrFail(kek, row.id, row.wrapped_key));
    },
    async rewrap(newMasterKey) {
      const db = options.db();
      const next = wrappingKey(newMasterKey);
      const rows = await db.selectFrom('data_keys').select(['id', 'wrapped_key']).execute();
      for (const row of rows) {
        const key = unwrapOrFail(kek, row.id, row.wrapped_key);
        await db.updateTable('data_keys').set({ wrapped_key: wrapKey(next, row.id, key) }).where('id', '=', row.id).execute();
      }
      await options.afterCommit(async () => {
        kek = next;
      });
      return rows.length;
    },
  };
}

/** The key id of a ciphertext written with a data key (`k1.<key id>.<iv>.<body>`), else null. */
function keyIdOf(stored: string): string | null {
  if (!stored.startsWith('k1.')) return null;
  const end = stored.indexOf('.', 3);
  return end > 3 ? stored.slice(3, end) : null;
}

/** Loads, before a result reaches its caller, the data keys its `_enc` columns use that this process lacks. */
export function dataKeyLoader(ring: () => KeyRing | undefined): KyselyPlugin {
  return {
    transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => args.node,
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const keys = ring();
      if (!keys) return args.result;
      const missing = new Set<string>();
      for (const row of args.result.rows) {
        for (const column in row) {
          const value = row[column];
          if (!column.endsWith('_enc') || typeof value !== 'string') continue;
          const id = keyIdOf(value);
          if (id && !keys.get(id)) missing.add(id);
        }
      }
      if (missing.size) await keys.load([...missing]);
      return args.result;
    },
  };
}
