import { mkdirSync, rmSync, statSync } from 'node:fs';
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
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true, checked: 30, checkpoint: { state: 'verified', count: 30, since: 1 } });
  });

  it('keeps the checkpoint beside the database, readable by the owner only', async () => {
    await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: 'n1' });
    expect(statSync(join(t.dataDir, AUDIT_CHECKPOINT_FILE)).mode & 0o777).toBe(0o600);
  });

  it('accepts a checkpoint that lags the log (a crash between commit and write), but not a shorter log', async () => {
    for (let i = 0; i < 5; i++) await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: `n${i}` });
    const record = t.store.auditCheckpoint.record;
    t.store.auditCheckpoint.record = async () => {};
    for (let i = 5; i < 8; i++) await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: `n${i}` });
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true, checked: 8, checkpoint: { state: 'verified', count: 5 } });
    t.store.auditCheckpoint.record = record;
    await t.store.db.deleteFrom('audit_events').where('seq', '>=', 5).execute();
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, checked: 4, problem: 'truncated' });
  });

  it('a checkpoint that cannot be written does not undo the committed event, and the next good write catches up', async () => {
    await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: 'n1' });
    // Something in the way of the file (the tests run as root, so permissions would not stop it).
    const path = join(t.dataDir, AUDIT_CHECKPOINT_FILE);
    rmSync(path);
    mkdirSync(join(path, 'blocker'), { recursive: true });
    await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: 'n2' });
    expect(t.store.auditCheckpoint.lastWriteError()).toMatch(/^E/);
    expect(await t.store.db.selectFrom('audit_events').select('seq').execute()).toHaveLength(2);

    rmSync(path, { recursive: true });
    await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: 'n3' });
    expect(t.store.auditCheckpoint.lastWriteError()).toBeNull();
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: true, checked: 3, checkpoint: { state: 'verified', count: 3 } });
  });

  it('a checkpoint file re-created after the old one was removed says where it starts vouching', async () => {
    for (let i = 0; i < 5; i++) await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: `n${i}` });
    rmSync(join(t.dataDir, AUDIT_CHECKPOINT_FILE));
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, problem: 'checkpoint_missing' });
    await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: 'n5' });
    const report = await verifyAuditChain(t.store);
    expect(report).toMatchObject({ ok: true, checkpoint: { state: 'verified', count: 6, since: 6 } });
    expect(report.message).toContain('The checkpoint file was started at entry 6');
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
