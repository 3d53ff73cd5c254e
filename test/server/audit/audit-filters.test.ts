// The owner narrows the audit log to one user, one action and a range of days, and downloads
// what they see as CSV; the download is itself in the log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

interface Event {
  id: number;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
}

describe('audit log filters and CSV export', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('filters by user, action and date range, and exports the same events as CSV', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Okafor', email: 'sam@practice.test' });
    const { users } = (await owner.get('/api/users')).body;
    const samId = users.find((u: { name: string }) => u.name === 'Sam Okafor').id;

    // Day 1: Sam writes and opens a note. Day 3: Sam opens it again; the owner opens a client.
    t.clock.now = new Date('2026-11-02T15:00:00.000Z');
    const { client } = (await sam.post('/api/clients', { displayName: 'R.T.' })).body;
    const { note } = (await sam.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'private words', document: soapDocument('Private words.') })).body;
    await sam.get(`/api/notes/${note.id}`);
    t.clock.now = new Date('2026-11-04T15:00:00.000Z');
    await sam.get(`/api/notes/${note.id}`);
    const { client: own } = (await owner.post('/api/clients', { displayName: 'O.C.' })).body;
    await owner.get(`/api/clients/${own.id}`);

    const list = async (query: string): Promise<Event[]> => {
      const res = await owner.get(`/api/audit?${query}`);
      expect(res.status, query).toBe(200);
      return res.body.events;
    };

    // The page offers every action and every user to filter by.
    const page = (await owner.get('/api/audit')).body;
    expect(page.filters.actions).toEqual(expect.arrayContaining(['view', 'create', 'export', 'sign_in']));
    expect(page.filters.users.map((u: { name: string }) => u.name)).toEqual(['Dana Whitfield', 'Sam Okafor']);

    // By user: only Sam's events.
    const bySam = await list(`userId=${samId}`);
    expect(bySam.length).toBeGreaterThan(0);
    expect(new Set(bySam.map((e) => e.userName))).toEqual(new Set(['Sam Okafor']));

    // By user and action: Sam's two views of the note, newest first.
    const samViews = await list(`userId=${samId}&action=view`);
    expect(samViews.map((e) => [e.entity, e.entityId])).toEqual([
      ['note', note.id],
      ['note', note.id],
    ]);
    expect(samViews[0]!.at > samViews[1]!.at).toBe(true);

    // By date range: only day 3 (the browser sends the start of the day and of the next one).
    const day3 = await list(`action=view&since=${encodeURIComponent('2026-11-04T00:00:00.000Z')}&until=${encodeURIComponent('2026-11-05T00:00:00.000Z')}`);
    expect(day3.map((e) => [e.userName, e.entity])).toEqual([
      ['Dana Whitfield', 'client'],
      ['Sam Okafor', 'note'],
    ]);
    // An offset in the instant is understood too: 10:00 in New York is 15:00 UTC, when both views happened.
    expect(await list(`action=view&since=${encodeURIComponent('2026-11-04T10:00:00-05:00')}`)).toHaveLength(2);
    expect(await list(`action=view&since=${encodeURIComponent('2026-11-04T00:00:00Z')}&until=${encodeURIComponent('2026-11-04T09:59:59-05:00')}`)).toHaveLength(0);

    // A malformed filter is refused with a message, not ignored.
    expect((await owner.get('/api/audit?action=peek')).status).toBe(400);
    expect((await owner.get('/api/audit?since=yesterday')).status).toBe(400);

    // CSV of the same filter: a header and one line per event, as the list shows them.
    const csv = await owner.get(`/api/audit/export.csv?userId=${samId}&action=view`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="audit-log-2026-11-04.csv"');
    const lines = String(csv.body).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,user_id,user_name,action,entity,entity_id');
    expect(lines.slice(1)).toEqual(samViews.map((e) => [e.id, e.at, samId, 'Sam Okafor', 'view', 'note', note.id].join(',')));
    expect(String(csv.body)).not.toContain('rivate');

    // The export is in the log: who exported, when, and that it was the audit log.
    const exports = await list('action=export');
    expect(exports[0]).toMatchObject({ userName: 'Dana Whitfield', entity: 'audit_log', entityId: null });
  });

  it('exports for the owner only, and records the refusal', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Okafor', email: 'sam@practice.test' });
    expect((await sam.get('/api/audit/export.csv')).status).toBe(403);
    const events: Event[] = (await owner.get('/api/audit')).body.events;
    expect(events.some((e) => e.action === 'export')).toBe(false);
    expect(events.some((e) => e.action === 'refuse' && e.userName === 'Sam Okafor')).toBe(true);
  });

  it('keeps a name a spreadsheet would run as a formula as text', async () => {
    const owner = await setUpOwner(t);
    await addClinician(t, owner, { name: '=HYPERLINK("x")', email: 'eve@practice.test' });
    const csv = String((await owner.get('/api/audit/export.csv')).body);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
