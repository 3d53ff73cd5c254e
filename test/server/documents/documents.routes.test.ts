// Documents from templates over real HTTP: a clinician lists the starters, saves a template of
// their own, changes it, writes a document from it for a client, keeps the document with the
// client; a bad template is refused naming the field; another clinician sees none of it; the
// supervisor reads the client's documents; every read and change is in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, firstSignIn, type Json, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

const SUMMARY = '50 min indiv. pt reports panic attacks down to 2 this wk. practiced paced breathing. denies SI/HI. HW: thought record daily. plan: f/u 1 wk.';
const MINE = { title: 'Progress letter', sections: [{ title: 'Progress', purpose: ['report', 'response'] }, { title: 'Next steps', purpose: ['plan', 'homework'], fixedText: 'Written by {clinician}, {credentials}.' }] };

describe('templates and documents API', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('keeps a clinician’s own templates beside the starters, writes a document from one and saves it with the client', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;

    const first = await sam.get('/api/templates');
    expect(first.status).toBe(200);
    expect(first.body.starters.map((s: Json) => s.id)).toEqual(['intake-assessment', 'termination-summary', 'supervision-note', 'treatment-plan-review', 'client-session-summary']);
    expect(first.body.templates).toEqual([]);

    const created = await sam.post('/api/templates', { template: MINE });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.template.id;
    const renamed = await sam.put(`/api/templates/${id}`, { template: { ...MINE, title: 'Progress letter to the referrer' } });
    expect(renamed.body.template.template.title).toBe('Progress letter to the referrer');
    expect((await sam.get('/api/templates')).body.templates.map((x: Json) => x.template.title)).toEqual(['Progress letter to the referrer']);

    // Written from the saved template: the account's name and credentials fill the placeholders.
    const written = await sam.post('/api/documents/compose', { templateId: id, summary: SUMMARY, clientId: client.id });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(written.body.sections.map((s: Json) => s.title)).toEqual(['Progress', 'Next steps']);
    expect(written.body.sections[0].text).toContain('Client reported panic attacks down to 2 this week.');
    expect(written.body.sections[1].sentences[0]).toEqual({ text: 'Written by Sam Ortiz, LPC.', source: [], fixed: true });
    const span = written.body.sections[1].sentences[1].source[0];
    expect(SUMMARY.slice(span.start, span.end)).toMatch(/thought record/);

    // A starter by id, and an unsaved template (the editor's preview).
    const intake = await sam.post('/api/documents/compose', { starterId: 'intake-assessment', summary: SUMMARY });
    expect(intake.body.title).toBe('Intake / biopsychosocial assessment');
    const preview = await sam.post('/api/documents/compose', { template: { title: 'Only plan', sections: [{ title: 'Plan', purpose: ['plan'] }] }, summary: SUMMARY });
    expect(preview.body.sections[0].text).toBe('Follow-up in 1 week.');

    const saved = await sam.post(`/api/clients/${client.id}/documents`, { document: written.body });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const listed = await sam.get(`/api/clients/${client.id}/documents`);
    expect(listed.body.documents.map((d: Json) => [d.id, d.document.title])).toEqual([[saved.body.document.id, 'Progress letter to the referrer']]);

    // The supervisor reads the client's documents; another clinician sees neither template nor client.
    const supervisor = await owner.post('/api/users', { name: 'Morgan Reyes', credentials: 'PhD', email: 'morgan@practice.test', password: 'supervises carefully', role: 'supervisor' });
    const samId = (await owner.get('/api/users')).body.users.find((u: Json) => u.email === 'sam@practice.test').id;
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: supervisor.body.user.id })).status).toBe(200);
    const sup = await firstSignIn(t, { email: 'morgan@practice.test', givenPassword: 'supervises carefully', ownPassword: 'my own supervision passphrase' });
    expect((await sup.get(`/api/clients/${client.id}/documents`)).body.documents).toHaveLength(1);
    expect((await sup.post(`/api/clients/${client.id}/documents`, { document: written.body })).status).toBe(403);
    const lee = await addClinician(t, owner, { name: 'Lee Park', email: 'lee@practice.test' });
    expect((await lee.get(`/api/templates/${id}`)).status).toBe(404);
    expect((await lee.post('/api/documents/compose', { templateId: id, summary: SUMMARY })).status).toBe(404);
    expect((await lee.get(`/api/clients/${client.id}/documents`)).status).toBe(404);
    expect((await lee.get('/api/templates')).body.templates).toEqual([]);

    expect((await sam.delete(`/api/templates/${id}`)).status).toBe(204);
    // Saved documents are unsigned copies: they go with a client who is deleted.
    expect((await sam.delete(`/api/clients/${client.id}`)).status).toBe(200);
    expect((await sam.get(`/api/clients/${client.id}/documents`)).status).toBe(404);
    expect((await sam.get(`/api/templates/${id}`)).status).toBe(404);

    const events = (await owner.get('/api/audit')).body.events.filter((e: Json) => ['template', 'template_list', 'document', 'document_list'].includes(e.entity));
    const seen = events.map((e: Json) => `${e.action} ${e.entity}`);
    for (const expected of ['view template_list', 'create template', 'change template', 'view template', 'create document', 'view document_list', 'delete template', 'refuse template']) expect(seen).toContain(expected);
  });

  it('refuses a bad template naming the field, a request without a template or input, and an unknown starter', async () => {
    const owner = await setUpOwner(t);
    const bad = await owner.post('/api/templates', { template: { title: 'Intake', sections: [{ title: 'History', purpose: ['report'] }, { title: 'Mood', purpose: ['feelings'] }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.template.sections.1.purpose.0');
    expect(bad.body.error.message).toContain('"feelings" is not a record kind or worksheet field');

    const twice = await owner.post('/api/documents/compose', { template: { title: 'x', sections: [{ title: 'A', purpose: ['plan'] }, { title: 'B', purpose: ['plan'] }] }, summary: SUMMARY });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toContain('"plan" already fills sections[0]');

    const none = await owner.post('/api/documents/compose', { summary: SUMMARY });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain('give one of template, templateId or starterId');
    const empty = await owner.post('/api/documents/compose', { starterId: 'intake-assessment', summary: '  ' });
    expect(empty.body.error).toMatchObject({ field: 'body.summary', message: 'Give a summary, a worksheet, or both' });
    const unknown = await owner.post('/api/documents/compose', { starterId: 'discharge', summary: SUMMARY });
    expect(unknown.body.error).toMatchObject({ field: 'body.starterId' });
    expect(unknown.body.error.message).toContain('Use one of: intake-assessment, termination-summary');
  });

  it('describes the templates and documents routes in the OpenAPI document', async () => {
    const owner = await setUpOwner(t);
    const spec = await owner.get('/api/openapi.json');
    expect(spec.status).toBe(200);
    for (const path of ['/api/templates', '/api/templates/{id}', '/api/documents/compose', '/api/clients/{id}/documents']) expect(Object.keys(spec.body.paths)).toContain(path);
    expect(JSON.stringify(spec.body.paths['/api/templates'].post)).toContain('purpose');
  });
});
