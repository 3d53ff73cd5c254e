import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

describe('clients', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('a clinician keeps a short list of their own clients', async () => {
    const owner = await setUpOwner(t);
    const created = await owner.post('/api/clients', {
      displayName: 'J.M.',
      realName: 'Jordan Miles',
      pronouns: 'they',
      diagnoses: [{ code: 'F41.1', label: 'Generalized anxiety disorder' }],
      preferredFormat: 'DAP',
      context: 'Works night shifts.',
    });
    expect(created.status).toBe(200);
    const client = created.body.client;
    expect(client).toMatchObject({ displayName: 'J.M.', realName: 'Jordan Miles', pronouns: 'they', preferredFormat: 'dap', context: 'Works night shifts.' });

    // Optional fields may be left out or sent as null.
    expect((await owner.post('/api/clients', { displayName: 'A.B.', realName: null, pronouns: null, preferredFormat: null })).body.client).toMatchObject({ realName: null, pronouns: null });
    expect((await owner.get('/api/clients')).body.clients.map((c: { displayName: string }) => c.displayName)).toEqual(['A.B.', 'J.M.']);

    const patched = await owner.patch(`/api/clients/${client.id}`, { realName: null, context: 'Now works days.' });
    expect(patched.body.client).toMatchObject({ realName: null, context: 'Now works days.', displayName: 'J.M.' });

    const badCode = await owner.post('/api/clients', { displayName: 'X', diagnoses: [{ code: 'anxiety', label: 'x' }] });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.field).toMatch(/^body\.diagnoses/);

    expect((await owner.delete(`/api/clients/${client.id}`)).status).toBe(200);
    expect((await owner.get(`/api/clients/${client.id}`)).status).toBe(404);
  });

  it('offers the last plan and homework of a client as context, from the last signed note', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'K.' })).body;
    expect((await owner.get(`/api/clients/${client.id}/last-plan`)).body).toEqual({});
    const { note } = (
      await owner.post('/api/notes', { clientId: client.id, format: 'soap', worksheet: { homework: ['thought record'] }, document: soapDocument('Client reported poor sleep.') })
    ).body;
    // A draft is not yet what the clinician decided: its plan is offered once the note is signed.
    expect((await owner.get(`/api/clients/${client.id}/last-plan`)).body).toEqual({});
    expect((await owner.post(`/api/notes/${note.id}/sign`)).status).toBe(200);
    expect((await owner.get(`/api/clients/${client.id}/last-plan`)).body).toEqual({
      plan: 'Client will complete a thought record daily.',
      homework: 'thought record',
      noteId: note.id,
    });
  });

  it("clinician A cannot see, change or delete clinician B's clients or notes: 404, as if absent", async () => {
    const owner = await setUpOwner(t);
    const a = await addClinician(t, owner, { name: 'Alex A', email: 'a@practice.test' });
    const b = await addClinician(t, owner, { name: 'Blair B', email: 'b@practice.test' });
    const { client } = (await b.post('/api/clients', { displayName: 'B-client', context: 'private' })).body;
    const { note } = (await b.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'B only', document: soapDocument('B only.') })).body;

    expect((await a.get('/api/clients')).body.clients).toEqual([]);
    expect((await a.get('/api/notes')).body.notes).toEqual([]);
    for (const res of [
      await a.get(`/api/clients/${client.id}`),
      await a.patch(`/api/clients/${client.id}`, { context: 'x' }),
      await a.delete(`/api/clients/${client.id}`),
      await a.get(`/api/clients/${client.id}/last-plan`),
      await a.get(`/api/notes/${note.id}`),
      await a.patch(`/api/notes/${note.id}`, { summary: 'x' }),
      await a.post(`/api/notes/${note.id}/sign`),
      await a.post(`/api/notes/${note.id}/copied`, {}),
      await a.delete(`/api/notes/${note.id}`),
      await a.post(`/api/notes/${note.id}/entered-in-error`, { reason: 'x' }),
      await a.post('/api/notes', { clientId: client.id, format: 'soap', document: soapDocument('x') }),
      await a.post('/api/compose', { clientId: client.id, format: 'soap', summary: 'x' }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    // The owner has no special view of a colleague's notes either.
    expect((await owner.get(`/api/notes/${note.id}`)).status).toBe(404);
    // B still has everything.
    expect((await b.get(`/api/notes/${note.id}`)).body.note.summary).toBe('B only');
  });
});
