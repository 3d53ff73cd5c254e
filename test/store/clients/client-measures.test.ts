// Measures per client: stored sealed, read back in order with who entered them; only the client's
// clinician adds them, their supervisor reads them, anyone else finds no client. Runs on SQLite
// and, in the 'postgres' project, on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignSupervisor, createClient, createMeasure, createUser, deleteClient, listMeasures } from '#store';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

describe('client measures in the store', () => {
  let t: TempStore;
  let userId: string;
  beforeEach(async () => {
    t = await openTempStore();
    userId = (await createUser(t.store, { email: 'a@example.org', name: 'Dr A', credentials: 'LCSW', role: 'clinician', passwordHash: 'x' })).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('round-trips items and totals, oldest first, sealed at rest', async () => {
    const client = await createClient(t.store, userId, { displayName: 'J.M.' });
    const items = [2, 2, 2, 2, 2, 2, 2, 2, 1];
    const later = await createMeasure(t.store, { userId, clientId: client.id, takenOn: '2026-03-09', answers: { instrument: 'PHQ-9', items, total: 17 } });
    const earlier = await createMeasure(t.store, { userId, clientId: client.id, takenOn: '2026-03-02', answers: { instrument: 'GAD-7', items: null, total: 13 } });
    expect(later).toMatchObject({ clientId: client.id, takenOn: '2026-03-09', instrument: 'PHQ-9', items, total: 17, enteredBy: { id: userId, name: 'Dr A' } });

    const listed = await listMeasures(t.store, userId, client.id);
    expect(listed.map((m) => [m.id, m.instrument, m.takenOn, m.items, m.total])).toEqual([
      [earlier.id, 'GAD-7', '2026-03-02', null, 13],
      [later.id, 'PHQ-9', '2026-03-09', items, 17],
    ]);

    // At rest: neither the instrument nor the answers are readable. The sealed text is base64url,
    // which has no quotes or colons, so a plaintext JSON fragment cannot appear in it by chance
    // (a bare 'GAD' can: one random ciphertext in a few hundred holds it).
    const rows = await t.store.db.selectFrom('client_measures').selectAll().execute();
    for (const row of rows) {
      expect(row.measure_enc).toMatch(/^[\w.-]+$/);
      expect(row.measure_enc).not.toMatch(/PHQ-9|GAD-7|"total":|"items":/);
    }
  });

  it("another clinician's client is not found; the supervisor reads but cannot add", async () => {
    const client = await createClient(t.store, userId, { displayName: 'K.' });
    await createMeasure(t.store, { userId, clientId: client.id, takenOn: '2026-03-02', answers: { instrument: 'PHQ-9', items: null, total: 8 } });
    const other = (await createUser(t.store, { email: 'b@example.org', name: 'Dr B', credentials: 'LPC', role: 'clinician', passwordHash: 'x' })).id;
    await expect(listMeasures(t.store, other, client.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(createMeasure(t.store, { userId: other, clientId: client.id, takenOn: '2026-03-02', answers: { instrument: 'PHQ-9', items: null, total: 8 } })).rejects.toMatchObject({ code: 'not_found' });

    const supervisor = (await createUser(t.store, { email: 'c@example.org', name: 'Dr C', credentials: 'PhD', role: 'supervisor', passwordHash: 'x' })).id;
    await expect(listMeasures(t.store, supervisor, client.id)).rejects.toMatchObject({ code: 'not_found' });
    await assignSupervisor(t.store, { clinicianId: userId, supervisorId: supervisor });
    expect((await listMeasures(t.store, supervisor, client.id)).map((m) => m.total)).toEqual([8]);
    await expect(createMeasure(t.store, { userId: supervisor, clientId: client.id, takenOn: '2026-03-03', answers: { instrument: 'PHQ-9', items: null, total: 9 } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('deleting a client (one with no notes) deletes their measures', async () => {
    const client = await createClient(t.store, userId, { displayName: 'L.' });
    await createMeasure(t.store, { userId, clientId: client.id, takenOn: '2026-03-02', answers: { instrument: 'GAD-7', items: null, total: 5 } });
    await deleteClient(t.store, userId, client.id);
    expect(await t.store.db.selectFrom('client_measures').selectAll().execute()).toEqual([]);
  });
});
