// Archiving (discharging) a client keeps them and their notes; a client with notes cannot be
// deleted. Runs on SQLite and, in the 'postgres' project, on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, createNote, createUser, deleteClient, getClient, getLastPlan, listClients, setClientArchived, signNote, type StoredDocument } from '#store';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

const planSaying = (plan: string): StoredDocument => ({
  format: 'soap',
  sections: [{ key: 'plan', title: 'Plan', text: plan, sentences: [{ text: plan, source: [] }] }],
  risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
  warnings: [],
});

describe('clients: archive, restore, delete, last plan', () => {
  let t: TempStore;
  let userId: string;
  beforeEach(async () => {
    t = await openTempStore();
    userId = (await createUser(t.store, { email: 'a@example.org', name: 'Dr A', credentials: 'LCSW', role: 'owner', passwordHash: 'x' })).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('an archived client is kept, says when it was archived, and can be restored', async () => {
    const client = await createClient(t.store, userId, { displayName: 'J.M.' });
    expect(client).toMatchObject({ archivedAt: null, noteCount: 0 });
    const archived = await setClientArchived(t.store, { userId, clientId: client.id, archived: true });
    expect(archived.archivedAt).toBe(t.clock.now.toISOString());
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    // Archiving twice keeps the first date.
    expect((await setClientArchived(t.store, { userId, clientId: client.id, archived: true })).archivedAt).toBe(archived.archivedAt);
    expect((await listClients(t.store, userId)).map((c) => [c.displayName, c.archivedAt])).toEqual([['J.M.', archived.archivedAt]]);
    expect((await setClientArchived(t.store, { userId, clientId: client.id, archived: false })).archivedAt).toBeNull();
  });

  it("another clinician's client cannot be archived: not found", async () => {
    const other = (await createUser(t.store, { email: 'b@example.org', name: 'Dr B', credentials: 'LPC', role: 'clinician', passwordHash: 'x' })).id;
    const client = await createClient(t.store, other, { displayName: 'B.' });
    await expect(setClientArchived(t.store, { userId, clientId: client.id, archived: true })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getClient(t.store, other, client.id)).archivedAt).toBeNull();
  });

  it('counts notes per client, and refuses to delete a client who has any', async () => {
    const withNotes = await createClient(t.store, userId, { displayName: 'A.' });
    const without = await createClient(t.store, userId, { displayName: 'B.' });
    await createNote(t.store, { userId, clientId: withNotes.id, format: 'soap', document: planSaying('x') });
    await createNote(t.store, { userId, clientId: withNotes.id, format: 'soap', document: planSaying('y') });
    expect((await listClients(t.store, userId)).map((c) => [c.displayName, c.noteCount])).toEqual([['A.', 2], ['B.', 0]]);
    expect((await getClient(t.store, userId, withNotes.id)).noteCount).toBe(2);
    await expect(deleteClient(t.store, userId, withNotes.id)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/has notes.*Archive the client instead/) });
    await deleteClient(t.store, userId, without.id);
    expect((await listClients(t.store, userId)).map((c) => c.displayName)).toEqual(['A.']);
  });

  it('the last plan is that of the latest signed note, never a newer draft', async () => {
    const client = await createClient(t.store, userId, { displayName: 'K.' });
    const older = await createNote(t.store, { userId, clientId: client.id, format: 'soap', worksheet: { date: '2026-02-20' }, document: planSaying('Signed plan from the 20th.') });
    const newer = await createNote(t.store, { userId, clientId: client.id, format: 'soap', worksheet: { date: '2026-02-27' }, document: planSaying('Signed plan from the 27th.') });
    await signNote(t.store, { userId, noteId: newer.id });
    await signNote(t.store, { userId, noteId: older.id }); // signed later, but its session was earlier
    await createNote(t.store, { userId, clientId: client.id, format: 'soap', worksheet: { date: '2026-03-01' }, document: planSaying('Draft plan, not decided yet.') });
    expect(await getLastPlan(t.store, userId, client.id)).toEqual({ noteId: newer.id, plan: 'Signed plan from the 27th.' });
  });

  it('with only drafts there is no last plan', async () => {
    const client = await createClient(t.store, userId, { displayName: 'K.' });
    await createNote(t.store, { userId, clientId: client.id, format: 'soap', document: planSaying('Draft plan.') });
    expect(await getLastPlan(t.store, userId, client.id)).toEqual({});
  });
});
