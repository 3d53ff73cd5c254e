// Archive (discharge) and restore a client over real HTTP; a client with notes cannot be deleted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

describe('archiving clients', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('an archived client is kept with their notes, listed as archived, restored, and every step is audited', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'J.M.' })).body;
    await owner.post('/api/notes', { clientId: client.id, format: 'soap', document: soapDocument('Client reported poor sleep.') });

    const archived = await owner.post(`/api/clients/${client.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.client).toMatchObject({ id: client.id, displayName: 'J.M.', archivedAt: expect.any(String), noteCount: 1 });
    expect((await owner.get('/api/clients')).body.clients).toEqual([expect.objectContaining({ id: client.id, archivedAt: archived.body.client.archivedAt, noteCount: 1 })]);
    expect((await owner.get(`/api/notes?clientId=${client.id}`)).body.notes).toHaveLength(1);

    const restored = await owner.post(`/api/clients/${client.id}/restore`);
    expect(restored.body.client.archivedAt).toBeNull();

    const events = (await owner.get('/api/audit')).body.events.filter((e: { entityId: string; entity: string }) => e.entityId === client.id && e.entity === 'client');
    expect(events.map((e: { action: string }) => e.action).reverse()).toEqual(['create', 'change', 'change']);
  });

  it('deleting a client with notes is refused with what to do instead; without notes it is deleted', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'Quentin Zephyr' })).body;
    await owner.post('/api/notes', { clientId: client.id, format: 'soap', document: soapDocument('x') });
    const refused = await owner.delete(`/api/clients/${client.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    expect(refused.body.error.message).toMatch(/has notes.*Archive the client instead/);
    // The message names no one.
    expect(refused.body.error.message).not.toContain('Quentin');
    expect((await owner.get(`/api/clients/${client.id}`)).status).toBe(200);

    const { client: empty } = (await owner.post('/api/clients', { displayName: 'E.' })).body;
    expect((await owner.get(`/api/clients/${empty.id}`)).body.client.noteCount).toBe(0);
    expect((await owner.delete(`/api/clients/${empty.id}`)).status).toBe(200);
  });

  it("another clinician cannot archive or restore someone else's client: 404", async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam', email: 'sam@practice.test' });
    const { client } = (await owner.post('/api/clients', { displayName: 'J.M.' })).body;
    expect((await sam.post(`/api/clients/${client.id}/archive`)).status).toBe(404);
    expect((await sam.post(`/api/clients/${client.id}/restore`)).status).toBe(404);
    expect((await owner.get(`/api/clients/${client.id}`)).body.client.archivedAt).toBeNull();
  });
});
