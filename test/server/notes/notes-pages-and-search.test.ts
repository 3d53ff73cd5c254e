// The Notes list at a practice's scale, through the real API: pages that hand over every note
// exactly once and in order, filters run by the database, search by words through an index
// that keeps no word readable, and a clinician who still sees only their own notes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, type ApiClient, type Json, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

const MINUTE = 60_000;

async function allPages(client: ApiClient, query: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    const res = await client.get(`/api/notes?${params}`);
    expect(res.status).toBe(200);
    expect(res.body.notes.length).toBeLessThanOrEqual(limit);
    ids.push(...res.body.notes.map((n: { id: string }) => n.id));
    cursor = res.body.nextCursor;
    pages += 1;
  } while (cursor);
  return { ids, pages };
}

describe('Notes list pages and search', () => {
  let t: TestServer;
  let owner: ApiClient;
  beforeEach(async () => {
    t = await startTestServer();
    owner = await setUpOwner(t);
  });
  afterEach(async () => {
    await t.stop();
  });

  async function write(options: { text: string; date?: string; clientId?: string }): Promise<Json> {
    const res = await owner.post('/api/notes', {
      format: 'soap',
      summary: 'summary',
      ...(options.clientId ? { clientId: options.clientId } : {}),
      ...(options.date ? { worksheet: { date: options.date } } : {}),
      document: soapDocument(options.text),
    });
    expect(res.status).toBe(200);
    return res.body.note;
  }

  it('pages through every note exactly once, newest session first, however the pages fall', async () => {
    // 23 notes: sessions on a few shared days (ties broken by when they were written, then by id),
    // some written in the same instant, some without a session date (they count by the day written).
    const written: Json[] = [];
    for (let i = 0; i < 23; i++) {
      const date = i % 4 === 3 ? undefined : `2026-0${1 + (i % 3)}-1${i % 2}`;
      written.push(await write({ text: `Client reported week ${i}.`, ...(date ? { date } : {}) }));
      if (i % 5 !== 0) t.clock.advance(MINUTE);
    }
    const listDay = (n: Json) => n.sessionDate ?? n.createdAt.slice(0, 10);
    const expected = [...written]
      .sort((a, b) => listDay(b).localeCompare(listDay(a)) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map((n) => n.id);

    for (const limit of [1, 5, 7, 23, 50]) {
      const { ids, pages } = await allPages(owner, '', limit);
      expect(ids).toEqual(expected);
      expect(new Set(ids).size).toBe(23);
      expect(pages).toBe(Math.max(1, Math.ceil(23 / limit)));
    }

    // A note written while the clinician is paging neither repeats a row nor pushes one out.
    const first = (await owner.get('/api/notes?limit=10')).body;
    await write({ text: 'Client reported a new week.', date: '2026-12-01' });
    const second = (await owner.get(`/api/notes?limit=10&cursor=${first.nextCursor}`)).body;
    expect([...first.notes, ...second.notes].map((n: Json) => n.id)).toEqual(expected.slice(0, 20));

    // A list row carries what the table shows, without the note's body.
    expect(first.notes[0]).toMatchObject({ firstLine: expect.stringMatching(/^Client reported week/), cptCode: null, format: 'soap' });
    expect(first.notes[0]).not.toHaveProperty('document');
  });

  it('refuses a cursor it did not give out, and a malformed date, saying what to fix', async () => {
    const bad = await owner.get('/api/notes?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ field: 'query.cursor' });
    expect(bad.body.error.message).toMatch(/first page/);
    const date = await owner.get('/api/notes?from=27/11/2026');
    expect(date.status).toBe(400);
    expect(JSON.stringify(date.body.error)).toMatch(/YYYY-MM-DD/);
  });

  it('finds notes by their words, in any case and with or without accents, and by client name', async () => {
    const avery = (await owner.post('/api/clients', { displayName: 'Avery Quinn' })).body.client;
    const panic = await write({ text: 'Client described a panic attack on the subway; used paced breathing.', clientId: avery.id, date: '2026-03-01' });
    const grief = await write({ text: 'Client talked about grief after her café closed.', date: '2026-03-02' });
    const both = await write({ text: 'Client noted less panic and more grief this week.', date: '2026-03-03' });

    const ids = async (q: string) => (await owner.get(`/api/notes?q=${encodeURIComponent(q)}`)).body.notes.map((n: Json) => n.id);
    expect(await ids('PANIC')).toEqual([both.id, panic.id]);
    expect(await ids('grief panic')).toEqual([both.id]);
    expect(await ids('cafe')).toEqual([grief.id]);
    expect(await ids('Café')).toEqual([grief.id]);
    expect(await ids('breathing subway')).toEqual([panic.id]);
    expect(await ids('quinn')).toEqual([panic.id]);
    expect(await ids('quinn grief')).toEqual([]);
    // Initials match the client's name; a word that can match nothing (a stop word) is ignored.
    const jm = (await owner.post('/api/clients', { displayName: 'J.M.' })).body.client;
    const jmNote = await write({ text: 'Client reported a calm week.', clientId: jm.id, date: '2026-02-01' });
    expect(await ids('J.M.')).toEqual([jmNote.id]);
    expect(await ids('the panic')).toEqual([both.id, panic.id]);
    expect(await ids('insomnia')).toEqual([]);

    // Editing the draft changes what finds it.
    const edited = await owner.patch(`/api/notes/${grief.id}`, { document: soapDocument('Client talked about insomnia.') });
    expect(edited.status).toBe(200);
    expect(await ids('insomnia')).toEqual([grief.id]);
    expect(await ids('cafe')).toEqual([]);

    // Search pages like the list.
    const { ids: paged } = await allPages(owner, 'q=client', 1);
    expect(paged).toEqual([both.id, grief.id, panic.id, jmNote.id]);
  });

  it('keeps no searchable word readable at rest: the index holds keyed hashes only', async () => {
    const word = 'zolpidemwithdrawal';
    await write({ text: `Client reported ${word} and nightmares.` });
    expect((await owner.get(`/api/notes?q=${word}`)).body.notes).toHaveLength(1);

    const terms = await t.server.store.db.selectFrom('note_terms').select(['term', 'note_id']).execute();
    expect(terms.length).toBeGreaterThan(3);
    for (const { term } of terms) expect(term).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(JSON.stringify(terms)).not.toMatch(/nightmares|zolpidem/i);

    if (!t.databaseUrl) {
      // The SQLite file and its write-ahead log, byte for byte.
      const files = ['afterword.db', 'afterword.db-wal'].map((f) => join(t.dataDir, f)).filter(existsSync);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const bytes = readFileSync(file);
        expect(bytes.includes(Buffer.from(word))).toBe(false);
        expect(bytes.includes(Buffer.from('nightmares'))).toBe(false);
      }
    }
  });

  it('filters by client, status and session dates in the database, alone or with words', async () => {
    const a = (await owner.post('/api/clients', { displayName: 'A.B.' })).body.client;
    const b = (await owner.post('/api/clients', { displayName: 'C.D.' })).body.client;
    const jan = await write({ text: 'Client reported sleep problems.', clientId: a.id, date: '2026-01-15' });
    const feb = await write({ text: 'Client reported better sleep.', clientId: a.id, date: '2026-02-15' });
    const mar = await write({ text: 'Client reported sleep was fine.', clientId: b.id, date: '2026-03-15' });
    expect((await owner.post(`/api/notes/${feb.id}/sign`)).status).toBe(200);

    const ids = async (query: string) => (await owner.get(`/api/notes?${query}`)).body.notes.map((n: Json) => n.id);
    expect(await ids(`clientId=${a.id}`)).toEqual([feb.id, jan.id]);
    expect(await ids('status=signed')).toEqual([feb.id]);
    expect(await ids('status=draft')).toEqual([mar.id, jan.id]);
    expect(await ids('from=2026-02-01')).toEqual([mar.id, feb.id]);
    expect(await ids('to=2026-02-15')).toEqual([feb.id, jan.id]);
    expect(await ids('from=2026-02-01&to=2026-02-28')).toEqual([feb.id]);
    expect(await ids(`q=sleep&clientId=${a.id}&status=draft`)).toEqual([jan.id]);
    expect(await ids('q=better&from=2026-03-01')).toEqual([]);
  });

  it("never shows a clinician another clinician's notes, in the list or in search", async () => {
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const ownerNote = await write({ text: 'Client discussed hypervigilance at work.' });
    const samNote = (await sam.post('/api/notes', { format: 'soap', summary: 's', document: soapDocument('Client discussed hypervigilance at home.') })).body.note;

    const ids = async (who: ApiClient, query: string) => (await who.get(`/api/notes?${query}`)).body.notes.map((n: Json) => n.id);
    expect(await ids(sam, '')).toEqual([samNote.id]);
    expect(await ids(sam, 'q=hypervigilance')).toEqual([samNote.id]);
    expect(await ids(sam, 'q=work')).toEqual([]);
    expect(await ids(owner, 'q=hypervigilance')).toEqual([ownerNote.id]);
    expect(await ids(owner, 'q=home')).toEqual([]);
    // A cursor is only a position: another clinician's cursor pages through one's own notes.
    await write({ text: 'Client discussed hypervigilance again.' });
    const ownerCursor = (await owner.get('/api/notes?limit=1')).body.nextCursor;
    expect(ownerCursor).toEqual(expect.any(String));
    expect((await ids(sam, `cursor=${ownerCursor}`)).every((id: string) => id === samNote.id)).toBe(true);
    // The same word hashes differently for each clinician: no shared term rows.
    const rows = await t.server.store.db.selectFrom('note_terms').innerJoin('notes', 'notes.id', 'note_terms.note_id').select(['note_terms.term', 'notes.user_id']).execute();
    const owners = new Map<string, Set<string>>();
    for (const r of rows) owners.set(r.term, (owners.get(r.term) ?? new Set()).add(r.user_id));
    expect([...owners.values()].every((users) => users.size === 1)).toBe(true);
  });
});
