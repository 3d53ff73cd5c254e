// Someone with the database (but not the key) rewrites the audit log in each of the ways an
// auditor worries about; the owner's "Verify" must catch every one. Runs on SQLite and, in the
// postgres project, on PostgreSQL.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AUDIT_CHECKPOINT_FILE,
  type AuditProblem,
  appendAuditEvent,
  computeLegacyAuditHash,
  GENESIS_HASH,
  KEY_FILE_NAME,
  openStore,
  type Store,
  verifyAuditChain,
} from '#store';
import { type ApiClient, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

type Tamper = (store: Store, t: TestServer) => Promise<void>;

async function rows(store: Store) {
  return store.db.selectFrom('audit_events').selectAll().orderBy('seq', 'asc').execute();
}

/** What an attacker without the key can do: recompute the unkeyed sha256 links from `fromSeq` on. */
async function recomputeUnkeyed(store: Store, fromSeq: number): Promise<void> {
  let prev = GENESIS_HASH;
  for (const row of await rows(store)) {
    const seq = Number(row.seq);
    if (seq >= fromSeq) {
      const hash = computeLegacyAuditHash(prev, { seq, at: row.at, userId: row.user_id, action: row.action, entity: row.entity, entityId: row.entity_id });
      await store.db.updateTable('audit_events').set({ prev_hash: prev, hash }).where('seq', '=', seq).execute();
      prev = hash;
    } else prev = row.hash;
  }
}

async function tip(store: Store): Promise<number> {
  const last = await store.db.selectFrom('audit_events').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
  return Number(last.seq);
}

const CASES: Array<{ name: string; tamper: Tamper; problem: AuditProblem }> = [
  {
    name: 'edit a row',
    problem: 'row_altered',
    tamper: async (s) => {
      await s.db.updateTable('audit_events').set({ action: 'view' }).where('action', '=', 'delete').execute();
    },
  },
  {
    name: 'edit a row and recompute the chain (unkeyed)',
    problem: 'row_altered',
    tamper: async (s) => {
      await s.db.updateTable('audit_events').set({ action: 'view' }).where('seq', '=', 8).execute();
      await recomputeUnkeyed(s, 8);
    },
  },
  {
    name: 'delete a middle row',
    problem: 'row_missing',
    tamper: async (s) => {
      await s.db.deleteFrom('audit_events').where('seq', '=', 300).execute();
    },
  },
  {
    name: 'delete the first row',
    problem: 'row_missing',
    tamper: async (s) => {
      await s.db.deleteFrom('audit_events').where('seq', '=', 1).execute();
    },
  },
  {
    name: 'delete the newest row',
    problem: 'truncated',
    tamper: async (s) => {
      await s.db.deleteFrom('audit_events').where('seq', '=', await tip(s)).execute();
    },
  },
  {
    name: 'delete the newest 500 rows',
    problem: 'truncated',
    tamper: async (s) => {
      await s.db.deleteFrom('audit_events').where('seq', '>', (await tip(s)) - 500).execute();
    },
  },
  {
    name: 'delete every row',
    problem: 'truncated',
    tamper: async (s) => {
      await s.db.deleteFrom('audit_events').execute();
    },
  },
  {
    name: 'delete a row and renumber the rest to close the gap',
    problem: 'row_altered',
    tamper: async (s) => {
      const last = await tip(s);
      await s.db.deleteFrom('audit_events').where('seq', '=', 5).execute();
      for (let seq = 6; seq <= last; seq++) await s.db.updateTable('audit_events').set({ seq: seq - 1 }).where('seq', '=', seq).execute();
    },
  },
  {
    name: 'append a forged row',
    problem: 'row_altered',
    tamper: async (s) => {
      const last = await s.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      const row = { seq: Number(last.seq) + 1, at: new Date().toISOString(), userId: last.user_id, action: 'view', entity: 'note', entityId: 'forged' };
      await s.db
        .insertInto('audit_events')
        .values({ seq: row.seq, at: row.at, user_id: row.userId, action: row.action, entity: row.entity, entity_id: row.entityId, prev_hash: last.hash, hash: computeLegacyAuditHash(last.hash, row) })
        .execute();
    },
  },
  {
    name: 'change a timestamp',
    problem: 'row_altered',
    tamper: async (s) => {
      await s.db.updateTable('audit_events').set({ at: '2020-01-01T00:00:00.000Z' }).where('seq', '=', 4).execute();
    },
  },
  {
    name: 'change who did it',
    problem: 'row_altered',
    tamper: async (s) => {
      await s.db.updateTable('audit_events').set({ user_id: null }).where('seq', '=', 6).execute();
    },
  },
  {
    name: 'swap two rows',
    problem: 'row_altered',
    tamper: async (s) => {
      await s.db.updateTable('audit_events').set({ seq: -1 }).where('seq', '=', 10).execute();
      await s.db.updateTable('audit_events').set({ seq: 10 }).where('seq', '=', 11).execute();
      await s.db.updateTable('audit_events').set({ seq: 11 }).where('seq', '=', -1).execute();
    },
  },
];

describe('the audit log detects tampering', () => {
  let t: TestServer;
  let owner: ApiClient;
  beforeEach(async () => {
    t = await startTestServer();
    owner = await setUpOwner(t);
    // A working day through the API, then a few hundred more reads so 500 can be deleted.
    const { client } = (await owner.post('/api/clients', { displayName: 'R.T.' })).body;
    const { note } = (await owner.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'tampering summary', document: soapDocument('Client reported a calm week.') })).body;
    await owner.get(`/api/notes/${note.id}`);
    const draft = (await owner.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'draft', document: soapDocument('Draft.') })).body.note;
    expect((await owner.delete(`/api/notes/${draft.id}`)).status).toBe(200);
    for (let i = 0; i < 300; i++) {
      await Promise.all([owner.get(`/api/notes/${note.id}`), owner.get(`/api/clients/${client.id}`)]);
    }
    const intact = await owner.get('/api/audit/verify');
    expect(intact.body).toMatchObject({ ok: true, checkpoint: { state: 'verified' } });
    expect(intact.body.checked).toBeGreaterThan(600);
  }, 120_000);
  afterEach(async () => {
    await t.stop();
  });

  it.each(CASES)('$name', async ({ tamper, problem }) => {
    await tamper(t.server.store, t);
    const res = await owner.get('/api/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(false);
    expect(res.body.problem).toBe(problem);
    expect(res.body.message).toEqual(expect.any(String));
  });

  it('PostgreSQL: a second process anchors its own checkpoint; the first one lags and still verifies, and still catches truncation', async (ctx) => {
    if (!t.databaseUrl) ctx.skip();
    const otherDir = mkdtempSync(join(tmpdir(), 'afterword-second-'));
    const key = readFileSync(join(t.dataDir, KEY_FILE_NAME), 'utf8').trim();
    const second = await openStore({ dataDir: otherDir, databaseUrl: t.databaseUrl, key });
    try {
      for (let i = 0; i < 20; i++) await appendAuditEvent(second, { userId: null, action: 'view', entity: 'note', entityId: `second-${i}` });
      const lagging = await owner.get('/api/audit/verify');
      expect(lagging.body).toMatchObject({ ok: true, checkpoint: { state: 'verified' } });
      expect(lagging.body.checkpoint.count).toBeLessThan(lagging.body.checked);
      expect(await verifyAuditChain(second)).toMatchObject({ ok: true, checkpoint: { state: 'verified', count: lagging.body.checked } });

      await t.server.store.db.deleteFrom('audit_events').where('seq', '>', lagging.body.checkpoint.count - 10).execute();
      expect((await owner.get('/api/audit/verify')).body).toMatchObject({ ok: false, problem: 'truncated' });
      expect(await verifyAuditChain(second)).toMatchObject({ ok: false, problem: 'truncated' });
    } finally {
      await second.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('an edited checkpoint file is refused', async () => {
    const path = join(t.dataDir, AUDIT_CHECKPOINT_FILE);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...file, count: file.count - 3 }));
    const res = await owner.get('/api/audit/verify');
    expect(res.body).toMatchObject({ ok: false, problem: 'checkpoint_invalid', checkpoint: { state: 'invalid' } });
  });
});
