import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

describe('audit log', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('records every view, change, copy, sign and delete of clinical content, without the content', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'Z.Q.', context: 'zebra-quartz context' })).body;
    const { note } = (await owner.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'zebra-quartz summary', document: soapDocument('zebra-quartz.') })).body;
    await owner.get(`/api/notes/${note.id}`);
    await owner.patch(`/api/notes/${note.id}`, { summary: 'zebra-quartz again' });
    await owner.post(`/api/notes/${note.id}/sign`);
    await owner.post(`/api/notes/${note.id}/copied`, { section: 'plan' });
    await owner.post(`/api/notes/${note.id}/addenda`, { text: 'zebra-quartz addendum' });
    await owner.post(`/api/notes/${note.id}/entered-in-error`, { reason: 'zebra-quartz wrong client' });

    const res = await owner.get('/api/audit');
    expect(res.status).toBe(200);
    const forNote = res.body.events
      .filter((e: { entityId: string }) => e.entityId === note.id)
      .map((e: { action: string }) => e.action)
      .reverse();
    expect(forNote).toEqual(['create', 'view', 'change', 'sign', 'copy', 'entered_in_error']);
    const addendumId = (await owner.get(`/api/notes/${note.id}`)).body.note.addenda[0].id;
    expect(res.body.events.filter((e: { entity: string; action: string }) => e.entity === 'addendum' && e.action === 'sign').map((e: { entityId: string }) => e.entityId)).toEqual([addendumId]);
    // The checkpoint as it stands, shown before anyone verifies.
    expect(res.body.checkpoint).toMatchObject({ state: 'present', count: expect.any(Number), writtenAt: expect.any(String) });
    expect(res.body.events[0]).toMatchObject({ userName: 'Dana Whitfield', userId: expect.any(String), at: expect.any(String), id: expect.any(Number) });
    expect(JSON.stringify(res.body)).not.toContain('zebra');
  });

  it('verifies the chain, and finds the row someone edited in the database', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'C' })).body;
    await owner.get(`/api/clients/${client.id}`);
    await owner.get('/api/clients');

    const intact = await owner.get('/api/audit/verify');
    expect(intact.body.ok).toBe(true);
    expect(intact.body.checked).toBeGreaterThanOrEqual(4);

    // Someone with the database file hides that they viewed the client.
    const viewed = await t.server.store.db.selectFrom('audit_events').select('seq').where('action', '=', 'view').where('entity', '=', 'client').executeTakeFirstOrThrow();
    await t.server.store.db.updateTable('audit_events').set({ action: 'create' }).where('seq', '=', viewed.seq).execute();

    const broken = await owner.get('/api/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, checked: Number(viewed.seq) - 1, firstBadId: Number(viewed.seq), problem: "row_altered" });
  });

  it('is for the owner only', async () => {
    const owner = await setUpOwner(t);
    const clinician = await addClinician(t, owner, { name: 'Sam', email: 'sam@practice.test' });
    expect((await clinician.get('/api/audit')).status).toBe(403);
    expect((await clinician.get('/api/audit/verify')).status).toBe(403);
  });
});
