import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, OWNER, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

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

    // Copying is recorded; deleting removes a draft, never a signed note.
    expect((await owner.post(`/api/notes/${draft.id}/copied`, { section: 'plan' })).status).toBe(200);
    const refused = await owner.delete(`/api/notes/${draft.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('A signed note cannot be deleted');
    expect((await owner.get(`/api/notes/${draft.id}`)).status).toBe(200);
    expect((await owner.delete(`/api/notes/${other.id}`)).status).toBe(200);
    expect((await owner.get(`/api/notes/${other.id}`)).status).toBe(404);
  });

  it('a signed note entered in error is marked with a reason, kept, and shown as such', async () => {
    const owner = await setUpOwner(t);
    const { note } = (await owner.post('/api/notes', { format: 'soap', summary: 'wrong client', document: soapDocument('Client reported a calm week.') })).body;

    // A draft is deleted, not marked.
    expect((await owner.post(`/api/notes/${note.id}/entered-in-error`, { reason: 'Wrong client' })).status).toBe(409);
    await owner.post(`/api/notes/${note.id}/sign`);

    const empty = await owner.post(`/api/notes/${note.id}/entered-in-error`, { reason: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('say why');

    t.clock.advance(60_000);
    const marked = await owner.post(`/api/notes/${note.id}/entered-in-error`, { reason: 'Written for the wrong client' });
    expect(marked.status).toBe(200);
    expect(marked.body.note).toMatchObject({ status: 'signed', enteredInErrorAt: t.clock.now.toISOString(), enteredInErrorReason: 'Written for the wrong client' });
    expect((await owner.post(`/api/notes/${note.id}/entered-in-error`, { reason: 'again' })).status).toBe(409);

    // Kept: still readable, still listed, still not deletable; the text is unchanged.
    expect((await owner.delete(`/api/notes/${note.id}`)).status).toBe(409);
    const read = (await owner.get(`/api/notes/${note.id}`)).body.note;
    expect(read.document.sections[0].text).toBe('Client reported a calm week.');
    expect(read.enteredInErrorReason).toBe('Written for the wrong client');
    const listed = (await owner.get('/api/notes')).body.notes;
    expect(listed).toEqual([expect.objectContaining({ id: note.id, enteredInErrorAt: t.clock.now.toISOString() })]);

    // Only its author marks it.
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    expect((await sam.post(`/api/notes/${note.id}/entered-in-error`, { reason: 'x' })).status).toBe(404);

    // The reason is encrypted at rest like the note.
    const row = await t.server.store.db.selectFrom('notes').select('entered_in_error_reason_enc').where('id', '=', note.id).executeTakeFirstOrThrow();
    expect(row.entered_in_error_reason_enc).not.toContain('wrong client');
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
    expect(await t.server.purgeNow()).toEqual({ draftsDeleted: 0, summariesDeleted: 0, worksheetsTrimmed: 0 });

    t.clock.advance(1 * DAY + 1000);
    expect(await t.server.purgeNow()).toEqual({ draftsDeleted: 1, summariesDeleted: 1, worksheetsTrimmed: 0 });
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

  it("after retention a signed note keeps its document and the worksheet's structured choices, not the summary or the worksheet's free text", async () => {
    const owner = await setUpOwner(t);
    const worksheet = {
      date: '2026-03-02',
      minutes: 53,
      serviceType: 'family',
      modality: 'video',
      location: 'Maple Street office',
      clientLocation: 'home, 14 Elm Road',
      participants: ['Maria Lopez (mother)'],
      risk: { si: 'denied', hi: 'denied', protectiveFactors: ['her sister Ana'], safetyPlan: ['call Ana'] },
      interventions: [
        { modality: 'CBT', name: 'cognitive restructuring' },
        { modality: 'CBT', name: 'talked through the Lopez family budget' },
      ],
      response: ['engaged'],
      progress: 'progressing',
      goals: ['reduce arguments with Maria'],
      homework: ['thought record about Maria'],
      plan: ['invite Maria again'],
      nextAppointment: 'Tuesday with Maria',
      diagnoses: ['F41.1'],
    };
    const { note } = (await owner.post('/api/notes', { format: 'soap', summary: 'Maria Lopez came with her mother', worksheet, document: soapDocument('Client attended with a parent.') })).body;
    await owner.post(`/api/notes/${note.id}/sign`);
    const draftWithWorksheet = (await owner.post('/api/notes', { format: 'soap', worksheet, document: soapDocument('Draft.') })).body.note;

    t.clock.advance(13 * DAY);
    expect(await t.server.purgeNow()).toEqual({ draftsDeleted: 0, summariesDeleted: 0, worksheetsTrimmed: 0 });
    t.clock.advance(1 * DAY + 1000);
    expect(await t.server.purgeNow()).toEqual({ draftsDeleted: 1, summariesDeleted: 1, worksheetsTrimmed: 1 });
    // Idempotent: the next hourly run finds nothing.
    expect(await t.server.purgeNow()).toEqual({ draftsDeleted: 0, summariesDeleted: 0, worksheetsTrimmed: 0 });

    await owner.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect((await owner.get(`/api/notes/${draftWithWorksheet.id}`)).status).toBe(404);
    const kept = (await owner.get(`/api/notes/${note.id}`)).body.note;
    expect(kept.summary).toBeNull();
    expect(kept.purgeAt).toBeNull();
    expect(kept.document.sections[0].text).toBe('Client attended with a parent.');
    expect(kept.worksheet).toEqual({
      date: '2026-03-02',
      minutes: 53,
      serviceType: 'family',
      modality: 'video',
      risk: { si: 'denied', hi: 'denied' },
      interventions: [{ modality: 'CBT', name: 'cognitive restructuring' }],
      response: ['engaged'],
      progress: 'progressing',
      diagnoses: ['F41.1'],
    });
    expect(JSON.stringify(kept)).not.toMatch(/Maria|Lopez|Elm Road|Ana\b/);
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
