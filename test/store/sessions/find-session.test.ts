// Every signed-in request resolves its cookie to a session and its user: one query (a join), on
// SQLite and on PostgreSQL, and a session that has ended or whose account was deactivated is
// refused and deleted.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, createUser, findSession, type Store } from '#store';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

const LIMITS = { idleSeconds: 1800, absoluteSeconds: 12 * 3600 };

/** The store, with every query it sends counted by kind (select, delete, ...). */
function counted(store: Store): { store: Store; queries: string[] } {
  const queries: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      queries.push(args.node.kind);
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
  const db = store.db.withPlugin(plugin);
  // store.db is a getter (the current transaction): shadow it on a copy, not assign to it.
  return { store: Object.create(store, { db: { value: db } }) as Store, queries };
}

let t: TempStore;
let userId: string;
beforeEach(async () => {
  t = await openTempStore();
  const user = await createUser(t.store, { email: 'sam@example.test', name: 'Sam Rivera', credentials: 'LCSW', role: 'owner', passwordHash: 'x' });
  userId = user.id;
});
afterEach(async () => {
  await t.dispose();
});

describe('findSession', () => {
  it('reads the session and its user in one query', async () => {
    const token = await createSession(t.store, userId);
    const { store, queries } = counted(t.store);
    const found = await findSession(store, token, LIMITS);
    expect(found?.user).toMatchObject({ id: userId, email: 'sam@example.test', name: 'Sam Rivera', role: 'owner' });
    expect(found?.session.user_id).toBe(userId);
    expect(queries).toEqual(['SelectQueryNode']);
  });

  it('finds nothing for an unknown token, and writes nothing', async () => {
    const { store, queries } = counted(t.store);
    expect(await findSession(store, 'not-a-token', LIMITS)).toBeUndefined();
    expect(queries).toEqual(['SelectQueryNode']);
  });

  it("refuses and deletes the session of a deactivated account", async () => {
    const token = await createSession(t.store, userId);
    await t.store.db.updateTable('users').set({ deactivated_at: t.clock.now.toISOString() }).where('id', '=', userId).execute();
    expect(await findSession(t.store, token, LIMITS)).toBeUndefined();
    expect(await t.store.db.selectFrom('sessions').select('id').execute()).toEqual([]);
  });

  it('refuses and deletes a session idle past the limit', async () => {
    const token = await createSession(t.store, userId);
    t.clock.now = new Date(t.clock.now.getTime() + (LIMITS.idleSeconds + 1) * 1000);
    expect(await findSession(t.store, token, LIMITS)).toBeUndefined();
    expect(await t.store.db.selectFrom('sessions').select('id').execute()).toEqual([]);
  });
});
