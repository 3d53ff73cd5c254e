// A database whose audit chain was written before the audit key existed (plain sha256 links):
// on the first start after the upgrade the chain is sealed by one keyed `rekey` event, verifies,
// and is continued keyed; the legacy part can no longer be rewritten either.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAuditEvent, computeLegacyAuditHash, GENESIS_HASH, openStore, type Store, verifyAuditChain } from '#store';

describe('upgrading an unkeyed audit chain', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-upgrade-'));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function writeLegacyChain(store: Store, count: number): Promise<void> {
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= count; seq++) {
      const row = { seq, at: `2026-01-0${seq}T10:00:00.000Z`, userId: 'u1', action: 'view', entity: 'note', entityId: `n${seq}` };
      const hash = computeLegacyAuditHash(prev, row);
      await store.db.insertInto('audit_events').values({ seq, at: row.at, user_id: row.userId, action: row.action, entity: row.entity, entity_id: row.entityId, prev_hash: prev, hash }).execute();
      prev = hash;
    }
  }

  it('seals the legacy chain with a keyed event, then verifies and continues it', async () => {
    const before = await openStore({ dataDir });
    await writeLegacyChain(before, 5);
    await before.close();

    const store = await openStore({ dataDir });
    const rekey = await store.db.selectFrom('audit_events').selectAll().where('action', '=', 'rekey').execute();
    expect(rekey.map((r) => Number(r.seq))).toEqual([6]);
    await appendAuditEvent(store, { userId: 'u1', action: 'view', entity: 'note', entityId: 'n7' });
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, checked: 7, checkpoint: { state: 'verified', count: 7 } });

    // Restarting does not seal it twice.
    await store.close();
    const again = await openStore({ dataDir });
    expect(await again.db.selectFrom('audit_events').select('seq').where('action', '=', 'rekey').execute()).toHaveLength(1);

    // A legacy row edited and the legacy links recomputed: the keyed seal no longer matches.
    await again.db.updateTable('audit_events').set({ entity_id: 'other' }).where('seq', '=', 2).execute();
    let prev = GENESIS_HASH;
    for (const row of await again.db.selectFrom('audit_events').selectAll().where('seq', '<=', 5).orderBy('seq').execute()) {
      const hash = computeLegacyAuditHash(prev, { seq: Number(row.seq), at: row.at, userId: row.user_id, action: row.action, entity: row.entity, entityId: row.entity_id });
      await again.db.updateTable('audit_events').set({ prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
      prev = hash;
    }
    expect(await verifyAuditChain(again)).toMatchObject({ ok: false, firstBadId: 6, problem: 'row_altered' });
    await again.close();
  });
});
