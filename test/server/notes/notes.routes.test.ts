import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

const DAY = 86_400_000;

describe('notes', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('saves a draft, edits it, signs it, and then only accepts addenda', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'R.T.' })).body;
    const created = await owner.post('/api/notes', {
      clientId: client.id,
      format: 'SOAP',
      summary: 'pt reports poor sleep x2 wks',
      worksheet: { date: '2026-03-01', minutes: 53 },
      document: soapDocument('Client reported poor sleep for two weeks.'),
    });
    expect(created.status).toBe(200);
    const draft = created.body.note;
    expect(draft).toMatchObject({ status: 'draft', format: 'soap', clientId: client.id, clientName: 'R.T.', sessionDate: '2026-03-01', signedAt: null, signedBy: null, addenda: [] });
    expect(draft.summary).toBe('pt reports poor sleep x2 wks');

    // Edit a sentence; the edit marker is kept.
    const doc = soapDocument('Client reported poor sleep for two weeks.');
    doc.sections[0]!.sentences[0] = { text: 'Client reported sleeping 4 hours a night.', source: [], edited: true } as never;
    const edited = await owner.patch(`/api/notes/${draft.id}`, { document: doc });
    expect(edited.status).toBe(200);
    expect(edited.body.note.document.sections[0].sentences[0]).toMatchObject({ edited: true, text: 'Client reported sleeping 4 hours a night.' });

    // Sign: locked with name, credentials and time.
    const signed = await owner.post(`/api/notes/${draft.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body.note).toMatchObject({ status: 'signed', signedBy: { name: OWNER.name, credentials: 'LCSW' }, signedAt: t.clock.now.toISOString() });

    // Signed means immutable.
    const change = await owner.patch(`/api/notes/${draft.id}`, { summary: 'changed' });
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe('conflict');
    expect((await owner.post(`/api/notes/${draft.id}/sign`)).status).toBe(409);
    expect((await owner.get(`/api/notes/${draft.id}`)).body.note.document.sections[0].sentences[0].text).toBe('Client reported sleeping 4 hours a night.');

    // Corrections are signed addenda that reference the note.
    t.clock.advance(10 * 60_000);
    const addendum = await owner.post(`/api/notes/${draft.id}/addenda`, { text: 'Correction: session was 45 minutes.' });
    expect(addendum.status).toBe(200);
    expect(addendum.body.note.addenda).toEqual([
      { id: expect.any(String), text: 'Correction: session was 45 minutes.', signedBy: { name: OWNER.name, credentials: 'LCSW' }, signedAt: t.clock.now.toISOString() },
    ]);
    expect(addendum.body.note.status).toBe('signed');

    // A draft takes edits, not addenda.
    const other = (await owner.post('/api/notes', { format: 'dap', summary: 's', document: { ...soapDocument('x'), format: 'dap' } })).body.note;
    expect((await owner.post(`/api/notes/${other.id}/addenda`, { text: 'x' })).status).toBe(409);

    // Copying is recorded; deletion removes the note.
    expect((await owner.post(`/api/notes/${draft.id}/copied`, { section: 'plan' })).status).toBe(200);
    expect((await owner.delete(`/api/notes/${draft.id}`)).status).toBe(200);
    expect((await owner.get(`/api/notes/${draft.id}`)).status).toBe(404);
  });

  it('lists notes by client, status and words, with when each will be purged', async () => {
    const owner = await setUpOwner(t);
    const a = (await owner.post('/api/clients', { displayName: 'Avery' })).body.client;
    const b = (await owner.post('/api/clients', { displayName: 'Blake' })).body.client;
    const n1 = (await owner.post('/api/notes', { clientId: a.id, format: 'soap', summary: 'x', document: soapDocument('Client discussed grief about a parent.') })).body.note;
    const n2 = (await owner.post('/api/notes', { clientId: b.id, format: 'soap', document: soapDocument('Client discussed work stress.') })).body.note;
    await owner.post(`/api/notes/${n2.id}/sign`);

    const all = (await owner.get('/api/notes')).body.notes;
    expect(all).toHaveLength(2);
    const byId = Object.fromEntries(all.map((n: { id: string }) => [n.id, n]));
    expect(byId[n1.id]).toMatchObject({ status: 'draft', clientName: 'Avery', purgeAt: new Date(t.clock.now.getTime() + 14 * DAY).toISOString() });
    // Signed with no summary: nothing left to purge.
    expect(byId[n2.id]).toMatchObject({ status: 'signed', clientName: 'Blake', purgeAt: null });

    expect((await owner.get(`/api/notes?clientId=${a.id}`)).body.notes.map((n: { id: string }) => n.id)).toEqual([n1.id]);
    expect((await owner.get('/api/notes?status=signed')).body.notes.map((n: { id: string }) => n.id)).toEqual([n2.id]);
    expect((await owner.get('/api/notes?q=GRIEF')).body.notes.map((n: { id: string }) => n.id)).toEqual([n1.id]);
    expect((await owner.get('/api/notes?q=blake')).body.notes.map((n: { id: string }) => n.id)).toEqual([n2.id]);
  });

  it('purges drafts and raw summaries after the retention period', async () => {
    const owner = await setUpOwner(t);
    const settings = (await owner.get('/api/settings')).body.settings;
    expect(settings).toMatchObject({ retentionDays: 14, defaultFormat: 'soap', name: OWNER.name, credentials: 'LCSW' });
    await owner.put('/api/settings', { ...settings, retentionDays: 7 });

    const draft = (await owner.post('/api/notes', { format: 'soap', summary: 'draft summary', document: soapDocument('Draft.') })).body.note;
    const kept = (await owner.post('/api/notes', { format: 'soap', summary: 'signed summary', document: soapDocument('Signed.') })).body.note;
    await owner.post(`/api/notes/${kept.id}/sign`);
    expect((await owner.get(`/api/notes/${draft.id}`)).body.note.purgeAt).toBe(new Date(t.clock.now.getTime() + 7 * DAY).toISOString());

    t.clock.advance(6 * DAY);
    expect(await t.server.purgeNow()).toEqual({ draftsDeleted: 0, summariesDeleted: 0 });

    t.clock.advance(1 * DAY + 1000);
    expect(await t.server.purgeNow()).toEqual({ draftsDeleted: 1, summariesDeleted: 1 });
    // A week later the session has long timed out: sign in again.
    expect((await owner.get('/api/notes')).status).toBe(401);
    await owner.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect((await owner.get(`/api/notes/${draft.id}`)).status).toBe(404);
    const signed = (await owner.get(`/api/notes/${kept.id}`)).body.note;
    expect(signed.summary).toBeNull();
    expect(signed.document.sections[0].text).toBe('Signed.');
    expect(signed.purgeAt).toBeNull();

    // The purge is in the audit log as the system's doing.
    const events = (await owner.get('/api/audit')).body.events;
    expect(events.filter((e: { userId: string | null; action: string }) => e.userId === null && e.action === 'delete')).toHaveLength(1);
  });

  it('validates settings', async () => {
    const owner = await setUpOwner(t);
    const settings = (await owner.get('/api/settings')).body.settings;
    expect((await owner.put('/api/settings', { ...settings, retentionDays: 0 })).status).toBe(400);
    const saved = await owner.put('/api/settings', { ...settings, style: { clientTerm: 'patient', tense: 'past' }, defaultFormat: 'BIRP', name: 'Dana W.', credentials: 'LICSW' });
    expect(saved.body.settings).toMatchObject({ style: { clientTerm: 'patient', tense: 'past' }, defaultFormat: 'birp', name: 'Dana W.', credentials: 'LICSW' });
    expect((await owner.get('/api/auth/me')).body.user).toMatchObject({ name: 'Dana W.', credentials: 'LICSW' });
  });
});
