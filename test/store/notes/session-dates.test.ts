// The session's date and times are stored with the note, and signing fixes whether it is a late
// entry, with both dates. Runs on SQLite and, in the 'postgres' project, on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNote, createUser, getNote, listNotes, putSettings, signNote, type StoredDocument, updateNote } from '#store';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

const doc: StoredDocument = {
  format: 'soap',
  sections: [{ key: 'plan', title: 'Plan', text: 'Follow up in one week.', sentences: [{ text: 'Follow up in one week.', source: [] }] }],
  risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
  warnings: [],
};

describe('session date and late entry in the store', () => {
  let t: TempStore;
  let userId: string;
  beforeEach(async () => {
    t = await openTempStore();
    userId = (await createUser(t.store, { email: 'a@example.org', name: 'Dr A', credentials: 'LCSW', role: 'owner', passwordHash: 'x' })).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('stores the date, start, end and minutes the clinician set, and changes them with the draft', async () => {
    const note = await createNote(t.store, { userId, format: 'soap', summary: 'x', worksheet: { date: '2026-02-27', startTime: '14:00', endTime: '14:53' }, document: doc });
    expect(note).toMatchObject({ sessionDate: '2026-02-27', sessionStartTime: '14:00', sessionEndTime: '14:53', sessionMinutes: null, lateEntry: null });
    const changed = await updateNote(t.store, userId, note.id, { worksheet: { date: '2026-02-28', minutes: 45 } });
    expect(changed).toMatchObject({ sessionDate: '2026-02-28', sessionStartTime: null, sessionEndTime: null, sessionMinutes: 45 });
    expect((await listNotes(t.store, { userId })).notes[0]).toMatchObject({ sessionDate: '2026-02-28', sessionMinutes: 45 });
  });

  it('a note signed on a later calendar day than its session is a late entry, with both dates', async () => {
    const note = await createNote(t.store, { userId, format: 'soap', worksheet: { date: '2026-02-27' }, document: doc });
    t.clock.now = new Date('2026-03-02T15:00:00.000Z');
    const signed = await signNote(t.store, { userId, noteId: note.id, timeZone: 'America/New_York' });
    expect(signed.lateEntry).toEqual({ sessionDate: '2026-02-27', signedDate: '2026-03-02', signedAt: '2026-03-02T15:00:00.000Z' });
    expect((await getNote(t.store, userId, note.id)).lateEntry).toEqual(signed.lateEntry);
    expect((await listNotes(t.store, { userId })).notes[0]?.lateEntry).toEqual(signed.lateEntry);
  });

  it("the calendar day is the clinician's: 11 pm in New York on the session day is not late, though it is the next day in UTC", async () => {
    const note = await createNote(t.store, { userId, format: 'soap', worksheet: { date: '2026-03-01' }, document: doc });
    t.clock.now = new Date('2026-03-02T04:00:00.000Z'); // 23:00 on 1 March in New York
    const signed = await signNote(t.store, { userId, noteId: note.id, timeZone: 'America/New_York' });
    expect(signed.lateEntry).toBeNull();
  });

  it('with a threshold in hours, a note is late only past that many hours after the session ended', async () => {
    await putSettings(t.store, userId, { style: {}, defaultFormat: 'soap', retentionDays: 14, name: 'Dr A', credentials: 'LCSW', lateEntryHours: 72 });
    const inTime = await createNote(t.store, { userId, format: 'soap', worksheet: { date: '2026-02-27', startTime: '10:00', endTime: '10:50' }, document: doc });
    const late = await createNote(t.store, { userId, format: 'soap', worksheet: { date: '2026-02-26', startTime: '09:00', endTime: '09:50' }, document: doc });
    t.clock.now = new Date('2026-03-02T15:00:00.000Z'); // 10:00 in New York, 71 h 10 min after the first session ended
    expect((await signNote(t.store, { userId, noteId: inTime.id, timeZone: 'America/New_York' })).lateEntry).toBeNull();
    expect((await signNote(t.store, { userId, noteId: late.id, timeZone: 'America/New_York' })).lateEntry).toMatchObject({ sessionDate: '2026-02-26', signedDate: '2026-03-02' });
  });

  it('a note with no session date is never marked (there is nothing to compare), and an unknown time zone is refused', async () => {
    const note = await createNote(t.store, { userId, format: 'soap', summary: 'x', document: doc });
    await expect(signNote(t.store, { userId, noteId: note.id, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'bad_request' });
    t.clock.now = new Date('2026-04-02T15:00:00.000Z');
    expect((await signNote(t.store, { userId, noteId: note.id })).lateEntry).toBeNull();
  });
});
