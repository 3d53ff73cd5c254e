// A document written from a template and saved with a client is a record like a note, over real
// HTTP: listed with its template, date and status; opened; edited while a draft; signed with the
// clinician's name and credentials; then refused every edit and deletion, and only marked entered
// in error with a reason. The supervisor reads and changes nothing; another clinician gets 404.
// Every read, change, signature, copy and deletion is in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, firstSignIn, type Json, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

const SUMMARY = '50 min indiv. pt reports panic attacks down to 2 this wk. practiced paced breathing. denies SI/HI. HW: thought record daily. plan: f/u 1 wk.';

describe('saved documents API', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('lists, opens, edits, signs and then only marks a document entered in error', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;
    const written = (await sam.post('/api/documents/compose', { starterId: 'termination-summary', summary: SUMMARY, clientId: client.id })).body;
    const saved = await sam.post(`/api/clients/${client.id}/documents`, { document: written, templateTitle: 'Termination (discharge) summary' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const id = saved.body.document.id;

    const listed = (await sam.get(`/api/clients/${client.id}/documents`)).body.documents;
    expect(listed.map((d: Json) => [d.document.title, d.templateTitle, d.status, typeof d.createdAt])).toEqual([[written.title, 'Termination (discharge) summary', 'draft', 'string']]);

    const opened = await sam.get(`/api/documents/${id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.document).toMatchObject({ id, clientId: client.id, status: 'draft', access: 'author', signedBy: null });

    const sections = written.sections.map((s: Json, i: number) => (i === 0 ? { ...s, text: 'Seen for 12 sessions.', sentences: [{ text: 'Seen for 12 sessions.', source: [], edited: true }] } : s));
    const edited = await sam.put(`/api/documents/${id}`, { document: { ...written, sections } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.document.document.sections[0].text).toBe('Seen for 12 sessions.');
    const bad = await sam.put(`/api/documents/${id}`, { document: { ...written, audience: 'everyone' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.document.audience');

    const signed = await sam.post(`/api/documents/${id}/sign`);
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.document).toMatchObject({ status: 'signed', signedBy: { name: 'Sam Ortiz', credentials: 'LPC' } });
    expect((await sam.post(`/api/documents/${id}/sign`)).status).toBe(409);
    const change = await sam.put(`/api/documents/${id}`, { document: written });
    expect(change.status).toBe(409);
    expect(change.body.error.message).toContain('signed');
    const del = await sam.delete(`/api/documents/${id}`);
    expect(del.status).toBe(409);
    expect(del.body.error.message).toContain('entered in error');
    expect((await sam.delete(`/api/clients/${client.id}`)).status).toBe(409);
    expect((await sam.post(`/api/documents/${id}/copied`)).status).toBe(200);

    const noReason = await sam.post(`/api/documents/${id}/entered-in-error`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('say why this document was entered in error');
    const marked = await sam.post(`/api/documents/${id}/entered-in-error`, { reason: 'Written for the wrong client' });
    expect(marked.body.document).toMatchObject({ status: 'signed', enteredInErrorReason: 'Written for the wrong client' });
    expect((await sam.get(`/api/documents/${id}`)).body.document.document.sections[0].text).toBe('Seen for 12 sessions.');

    // A second, unsigned draft can be deleted.
    const draft = (await sam.post(`/api/clients/${client.id}/documents`, { document: written })).body.document;
    expect((await sam.delete(`/api/documents/${draft.id}`)).status).toBe(200);
    expect((await sam.get(`/api/documents/${draft.id}`)).status).toBe(404);

    // The supervisor reads, never changes; another clinician is told it does not exist.
    const supervisor = await owner.post('/api/users', { name: 'Morgan Reyes', credentials: 'PhD', email: 'morgan@practice.test', password: 'supervises carefully', role: 'supervisor' });
    const samId = (await owner.get('/api/users')).body.users.find((u: Json) => u.email === 'sam@practice.test').id;
    await owner.patch(`/api/users/${samId}`, { supervisorId: supervisor.body.user.id });
    const sup = await firstSignIn(t, { email: 'morgan@practice.test', givenPassword: 'supervises carefully', ownPassword: 'my own supervision passphrase' });
    expect((await sup.get(`/api/documents/${id}`)).body.document.access).toBe('supervisor');
    expect((await sup.post(`/api/documents/${id}/entered-in-error`, { reason: 'x' })).status).toBe(403);
    const lee = await addClinician(t, owner, { name: 'Lee Park', email: 'lee@practice.test' });
    for (const response of [await lee.get(`/api/documents/${id}`), await lee.put(`/api/documents/${id}`, { document: written }), await lee.post(`/api/documents/${id}/sign`), await lee.delete(`/api/documents/${id}`)]) {
      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe('Document not found');
    }

    const events = (await owner.get('/api/audit')).body.events.filter((e: Json) => e.entity === 'document' && e.entityId === id).map((e: Json) => e.action);
    for (const action of ['create', 'view', 'change', 'sign', 'copy', 'entered_in_error', 'refuse']) expect(events).toContain(action);
  });
});
