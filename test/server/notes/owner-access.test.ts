// Owning the practice does not open its clinicians' notes: the owner reads a clinician's note
// only while assigned as that clinician's supervisor, and each such read is in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, type Json, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

describe("the owner and a clinician's notes", () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('are read only as the assigned supervisor, and every read is audited', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;
    const { note } = (await sam.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'pt reports', document: soapDocument('Client reported better sleep.') })).body;
    await sam.post(`/api/notes/${note.id}/sign`);
    const samId = (await sam.get('/api/auth/me')).body.user.id;
    const ownerId = (await owner.get('/api/auth/me')).body.user.id;

    // Not assigned: the note, its list and the client do not exist for the owner.
    expect((await owner.get(`/api/notes/${note.id}`)).status).toBe(404);
    expect((await owner.get('/api/notes')).body.notes).toEqual([]);
    expect((await owner.get(`/api/clients/${client.id}`)).status).toBe(404);
    expect((await owner.get('/api/supervision/notes')).body).toEqual({ awaiting: [], recent: [] });

    // Assigned as Sam's supervisor: read-only access, audited under the owner's name.
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: ownerId })).status).toBe(200);
    const read = await owner.get(`/api/notes/${note.id}`);
    expect(read.status).toBe(200);
    expect(read.body.note.access).toBe('supervisor');
    expect((await owner.patch(`/api/notes/${note.id}`, { summary: 'changed' })).status).toBe(403);
    const events = (await owner.get('/api/audit')).body.events as Json[];
    expect(events.filter((e) => e.action === 'view' && e.entity === 'note' && e.entityId === note.id && e.userId === ownerId)).toHaveLength(1);

    // Assignment removed: the access ends at once.
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: null })).status).toBe(200);
    expect((await owner.get(`/api/notes/${note.id}`)).status).toBe(404);
  });
});
