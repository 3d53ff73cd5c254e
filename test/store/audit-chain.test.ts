import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_CHECKPOINT_FILE, appendAuditEvent, verifyAuditChain } from '#store';
import { openTempStore, type TempStore } from './open-temp-store.ts';

describe('audit chain', () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('verifies an intact chain, even when written concurrently, against its checkpoint', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: `n${i}` })));
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true, checked: 30, checkpoint: { state: 'verified', count: 30 } });
  });

  it('keeps the checkpoint beside the database, readable by the owner only', async () => {
    await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: 'n1' });
    expect(statSync(join(t.dataDir, AUDIT_CHECKPOINT_FILE)).mode & 0o777).toBe(0o600);
  });

  it('finds an edited row and a removed row', async () => {
    for (let i = 0; i < 5; i++) await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: `n${i}` });
    await t.store.db.updateTable('audit_events').set({ action: 'create' }).where('seq', '=', 3).execute();
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, checked: 2, firstBadId: 3, problem: 'row_altered' });
    await t.store.db.updateTable('audit_events').set({ action: 'view' }).where('seq', '=', 3).execute();
    await t.store.db.deleteFrom('audit_events').where('seq', '=', 2).execute();
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, firstBadId: 3, problem: 'row_missing' });
  });
});
