// The session's date and times travel with the note; a note signed after the late-entry
// threshold is marked as a late entry, with both dates, in the note and in the Notes list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

describe('session date and late entry over HTTP', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
    t.clock.now = new Date('2026-12-01T15:00:00.000Z'); // 10:00 on 1 December in New York
  });
  afterEach(async () => {
    await t.stop();
  });

  it('a note for a session four days ago, signed today, is a late entry with both dates', async () => {
    const owner = await setUpOwner(t);
    const { note } = (
      await owner.post('/api/notes', { format: 'soap', summary: 'Nov 27 indiv', worksheet: { date: '2026-11-27', startTime: '14:00', endTime: '14:53' }, document: soapDocument('x') })
    ).body;
    expect(note).toMatchObject({ sessionDate: '2026-11-27', sessionStartTime: '14:00', sessionEndTime: '14:53', sessionMinutes: null, lateEntry: null });

    const signed = await owner.post(`/api/notes/${note.id}/sign`, { timeZone: 'America/New_York' });
    expect(signed.status).toBe(200);
    const lateEntry = { sessionDate: '2026-11-27', signedDate: '2026-12-01', signedAt: '2026-12-01T15:00:00.000Z' };
    expect(signed.body.note.lateEntry).toEqual(lateEntry);
    expect((await owner.get(`/api/notes/${note.id}`)).body.note.lateEntry).toEqual(lateEntry);
    expect((await owner.get('/api/notes')).body.notes[0].lateEntry).toEqual(lateEntry);
  });

  it('signed the same day is not late; signing without a body (no time zone) still works', async () => {
    const owner = await setUpOwner(t);
    const { note } = (await owner.post('/api/notes', { format: 'soap', worksheet: { date: '2026-12-01' }, document: soapDocument('x') })).body;
    const signed = await owner.call('POST', `/api/notes/${note.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body.note).toMatchObject({ status: 'signed', lateEntry: null });
  });

  it('an unknown time zone is refused before anything is signed', async () => {
    const owner = await setUpOwner(t);
    const { note } = (await owner.post('/api/notes', { format: 'soap', worksheet: { date: '2026-11-27' }, document: soapDocument('x') })).body;
    const refused = await owner.post(`/api/notes/${note.id}/sign`, { timeZone: 'Mars/Olympus' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('timeZone');
    expect((await owner.get(`/api/notes/${note.id}`)).body.note.status).toBe('draft');
  });

  it('the threshold is a setting: 7 days makes a 4-day-old session on time; left out of a save, it is kept', async () => {
    const owner = await setUpOwner(t);
    const settings = (await owner.get('/api/settings')).body.settings;
    expect(settings.lateEntryHours).toBeNull();
    expect((await owner.put('/api/settings', { ...settings, lateEntryHours: 168 })).body.settings.lateEntryHours).toBe(168);
    const { lateEntryHours: _left, ...withoutThreshold } = settings;
    expect((await owner.put('/api/settings', { ...withoutThreshold, retentionDays: 20 })).body.settings).toMatchObject({ retentionDays: 20, lateEntryHours: 168 });
    expect((await owner.put('/api/settings', { ...settings, lateEntryHours: 0 })).status).toBe(400);

    const { note } = (await owner.post('/api/notes', { format: 'soap', worksheet: { date: '2026-11-27' }, document: soapDocument('x') })).body;
    expect((await owner.post(`/api/notes/${note.id}/sign`, { timeZone: 'America/New_York' })).body.note.lateEntry).toBeNull();
  });
});
