// Supervision: the owner names a clinician's supervisor; the supervisor reads the clinician's
// notes (never anyone else's), cannot change them, and co-signs each signed note once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, type ApiClient, firstSignIn, type Json, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

const SUPERVISOR = { name: 'Morgan Reyes', credentials: 'PhD', email: 'morgan@practice.test', password: 'supervises carefully' };

async function addSupervisor(t: TestServer, owner: ApiClient): Promise<{ client: ApiClient; id: string }> {
  const added = await owner.post('/api/users', { ...SUPERVISOR, role: 'supervisor' });
  expect(added.status).toBe(200);
  const client = await firstSignIn(t, { email: SUPERVISOR.email, givenPassword: SUPERVISOR.password, ownPassword: 'reads every note twice' });
  return { client, id: added.body.user.id };
}

async function userId(owner: ApiClient, email: string): Promise<string> {
  const { users } = (await owner.get('/api/users')).body;
  return users.find((u: Json) => u.email === email).id;
}

async function writeNote(clinician: ApiClient, text: string): Promise<string> {
  const { client } = (await clinician.post('/api/clients', { displayName: 'K.L.' })).body;
  const created = await clinician.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'pt reports', document: soapDocument(text) });
  expect(created.status).toBe(200);
  return created.body.note.id;
}

describe('supervision', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('the supervisor reads and co-signs a supervisee’s signed note once, and changes nothing', async () => {
    const owner = await setUpOwner(t);
    const supervisor = await addSupervisor(t, owner);
    const clinician = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const other = await addClinician(t, owner, { name: 'Lee Park', email: 'lee@practice.test' });
    const samId = await userId(owner, 'sam@practice.test');

    // Before any assignment the supervisor sees nothing.
    const noteId = await writeNote(clinician, 'Client reported better sleep.');
    expect((await supervisor.client.get(`/api/notes/${noteId}`)).status).toBe(404);
    expect((await supervisor.client.get('/api/supervision/notes')).body).toEqual({ awaiting: [], recent: [] });

    // Only the owner assigns; only a supervisor (or the owner) can be one; only a clinician has one.
    expect((await clinician.patch(`/api/users/${samId}`, { supervisorId: supervisor.id })).status).toBe(403);
    const notASupervisor = await owner.patch(`/api/users/${samId}`, { supervisorId: await userId(owner, 'lee@practice.test') });
    expect(notASupervisor.status).toBe(400);
    expect(notASupervisor.body.error.field).toBe('body.supervisorId');
    expect((await owner.patch(`/api/users/${supervisor.id}`, { supervisorId: supervisor.id })).status).toBe(400);
    expect((await owner.patch('/api/users/no-such-user', { supervisorId: supervisor.id })).status).toBe(404);
    const assigned = await owner.patch(`/api/users/${samId}`, { supervisorId: supervisor.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.user).toMatchObject({ id: samId, role: 'clinician', supervisorId: supervisor.id });
    expect((await owner.get('/api/users')).body.users.find((u: Json) => u.id === samId).supervisorId).toBe(supervisor.id);
    expect((await supervisor.client.get('/api/auth/me')).body.superviseeCount).toBe(1);
    expect((await clinician.get('/api/auth/me')).body.superviseeCount).toBe(0);

    // A draft is readable but cannot be co-signed, and is not listed.
    const draft = await supervisor.client.get(`/api/notes/${noteId}`);
    expect(draft.status).toBe(200);
    expect(draft.body.note).toMatchObject({ status: 'draft', access: 'supervisor', cosignedBy: null, cosignedAt: null });
    expect((await clinician.get(`/api/notes/${noteId}`)).body.note.access).toBe('author');
    const early = await supervisor.client.post(`/api/notes/${noteId}/cosign`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('conflict');
    expect((await supervisor.client.get('/api/supervision/notes')).body.awaiting).toEqual([]);

    // Visible but not the supervisor's to change: 403 for edit, sign, addenda and delete.
    for (const [method, path, body] of [
      ['PATCH', `/api/notes/${noteId}`, { summary: 'changed' }],
      ['POST', `/api/notes/${noteId}/sign`, {}],
      ['POST', `/api/notes/${noteId}/addenda`, { text: 'x' }],
      ['DELETE', `/api/notes/${noteId}`, undefined],
    ] as const) {
      const refused = await supervisor.client.call(method, path, body);
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }

    // The clinician signs; the note now waits for co-signature.
    t.clock.advance(60_000);
    expect((await clinician.post(`/api/notes/${noteId}/sign`)).status).toBe(200);
    const listed = (await supervisor.client.get('/api/supervision/notes')).body;
    expect(listed.recent).toEqual([]);
    expect(listed.awaiting).toEqual([
      expect.objectContaining({ id: noteId, status: 'signed', clientName: 'K.L.', cosignedAt: null, clinician: { id: samId, name: 'Sam Ortiz', credentials: 'LPC' } }),
    ]);
    expect((await supervisor.client.post(`/api/notes/${noteId}/addenda`, { text: 'x' })).status).toBe(403);

    // The author cannot co-sign their own note.
    expect((await clinician.post(`/api/notes/${noteId}/cosign`)).status).toBe(403);

    // Co-sign: name, credentials and time; the note is otherwise as the clinician signed it.
    t.clock.advance(60_000);
    const cosigned = await supervisor.client.post(`/api/notes/${noteId}/cosign`);
    expect(cosigned.status).toBe(200);
    expect(cosigned.body.note).toMatchObject({
      status: 'signed',
      signedBy: { name: 'Sam Ortiz', credentials: 'LPC' },
      cosignedBy: { name: SUPERVISOR.name, credentials: SUPERVISOR.credentials },
      cosignedAt: t.clock.now.toISOString(),
    });
    expect(cosigned.body.note.document.sections[0].text).toBe('Client reported better sleep.');
    const again = await supervisor.client.post(`/api/notes/${noteId}/cosign`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');

    // The clinician sees the co-signature; the supervisor's list moves the note to recent.
    expect((await clinician.get(`/api/notes/${noteId}`)).body.note.cosignedBy).toEqual({ name: SUPERVISOR.name, credentials: SUPERVISOR.credentials });
    expect((await clinician.get('/api/notes')).body.notes[0].cosignedAt).toBe(t.clock.now.toISOString());
    const after = (await supervisor.client.get('/api/supervision/notes')).body;
    expect(after.awaiting).toEqual([]);
    expect(after.recent.map((n: Json) => n.id)).toEqual([noteId]);

    // Another clinician's notes stay unseen, and are not found even for co-signing.
    const otherNote = await writeNote(other, 'Client discussed work.');
    await other.post(`/api/notes/${otherNote}/sign`);
    expect((await supervisor.client.get(`/api/notes/${otherNote}`)).status).toBe(404);
    expect((await supervisor.client.post(`/api/notes/${otherNote}/cosign`)).status).toBe(404);
    expect((await supervisor.client.patch(`/api/notes/${otherNote}`, { summary: 'x' })).status).toBe(404);
    expect((await other.get(`/api/notes/${noteId}`)).status).toBe(404);
    expect((await supervisor.client.get('/api/supervision/notes')).body.awaiting).toEqual([]);

    // Removing the supervisor ends the access.
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: null })).body.user.supervisorId).toBeNull();
    expect((await supervisor.client.get(`/api/notes/${noteId}`)).status).toBe(404);
    expect((await supervisor.client.get('/api/supervision/notes')).body).toEqual({ awaiting: [], recent: [] });

    // The audit log has the assignment, the supervisor's views and the co-signature, and no text.
    const { events } = (await owner.get('/api/audit')).body;
    const bySupervisor = events.filter((e: Json) => e.userId === supervisor.id);
    expect(bySupervisor).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'view', entity: 'note', entityId: noteId }),
        expect.objectContaining({ action: 'view', entity: 'supervision_list' }),
        expect.objectContaining({ action: 'cosign', entity: 'note', entityId: noteId, userName: SUPERVISOR.name }),
      ]),
    );
    expect(bySupervisor.filter((e: Json) => e.action === 'cosign')).toHaveLength(1);
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'change', entity: 'user', entityId: samId })]));
    expect(JSON.stringify(events)).not.toContain('better sleep');
    expect((await owner.get('/api/audit/verify')).body.ok).toBe(true);
  });

  it('the owner can supervise a clinician too', async () => {
    const owner = await setUpOwner(t);
    const clinician = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const samId = await userId(owner, 'sam@practice.test');
    const ownerId = (await owner.get('/api/auth/me')).body.user.id;
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: ownerId })).status).toBe(200);
    const noteId = await writeNote(clinician, 'Client reported better sleep.');
    await clinician.post(`/api/notes/${noteId}/sign`);
    expect((await owner.get('/api/supervision/notes')).body.awaiting.map((n: Json) => n.id)).toEqual([noteId]);
    expect((await owner.post(`/api/notes/${noteId}/cosign`)).body.note.cosignedBy.name).toBe('Dana Whitfield');
  });
});
