import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAuditEvent, verifyAuditChain } from '#store';
import { openTempStore, type TempStore } from './open-temp-store.ts';

describe('audit chain', () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('verifies an intact chain, even when written concurrently', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: `n${i}` })));
    expect(await verifyAuditChain(t.store)).toEqual({ ok: true, checked: 30 });
  });

  it('finds an edited row and a removed row', async () => {
    for (let i = 0; i < 5; i++) await appendAuditEvent(t.store, { userId: 'u1', action: 'view', entity: 'note', entityId: `n${i}` });
    await t.store.db.updateTable('audit_events').set({ action: 'create' }).where('seq', '=', 3).execute();
    expect(await verifyAuditChain(t.store)).toEqual({ ok: false, checked: 2, firstBadId: 3 });
    await t.store.db.updateTable('audit_events').set({ action: 'view' }).where('seq', '=', 3).execute();
    await t.store.db.deleteFrom('audit_events').where('seq', '=', 2).execute();
    expect(await verifyAuditChain(t.store)).toMatchObject({ ok: false, firstBadId: 3 });
  });
});
