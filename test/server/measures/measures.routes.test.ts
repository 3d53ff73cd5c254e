// POST/GET /api/clients/:id/measures over real HTTP: scored and banded on entry, change from the
// previous and first score of the same instrument, item 9 flagged, bad entries refused with what
// to fix; another clinician gets 404, the supervisor reads but cannot add; every read, entry and
// refusal is in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, type ApiClient, type Json, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

describe('client measures API', () => {
  let t: TestServer;
  let owner: ApiClient;
  let sam: ApiClient;
  let clientId: string;
  beforeEach(async () => {
    t = await startTestServer();
    owner = await setUpOwner(t);
    sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    clientId = (await sam.post('/api/clients', { displayName: 'K.L.' })).body.client.id;
  });
  afterEach(async () => {
    await t.stop();
  });

  it('scores, bands and compares entries, flags item 9, and lists them oldest first', async () => {
    const first = await sam.post(`/api/clients/${clientId}/measures`, { instrument: 'phq9', takenOn: '2026-11-03', total: 19 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.measure).toMatchObject({
      instrument: 'PHQ-9',
      fullName: 'Patient Health Questionnaire-9',
      takenOn: '2026-11-03',
      items: null,
      total: 19,
      min: 0,
      max: 27,
      band: 'moderately severe',
      change: { fromPrevious: null, fromBaseline: null, threshold: { points: 6, meaning: 'reliable change' } },
      enteredBy: { name: 'Sam Ortiz' },
    });
    expect(first.body.measure.warnings.map((w: Json) => w.code)).toEqual(['risk_item_unknown']);

    await sam.post(`/api/clients/${clientId}/measures`, { instrument: 'GAD-7', takenOn: '2026-11-10', total: 12 });
    const second = await sam.post(`/api/clients/${clientId}/measures`, { instrument: 'PHQ-9', takenOn: '2026-11-17', items: [1, 2, 1, 2, 1, 1, 2, 1, 1] });
    expect(second.body.measure).toMatchObject({
      total: 12,
      band: 'moderate',
      change: { fromPrevious: { points: -7, reliable: true, direction: 'better' }, fromBaseline: { points: -7, reliable: true, direction: 'better' } },
    });
    expect(second.body.measure.warnings).toEqual([
      {
        code: 'risk_item',
        item: 9,
        message:
          'PHQ-9 item 9 (thoughts that the client would be better off dead, or of self-harm) was answered 1 ("several days"): the note must document a risk assessment, whatever the total.',
      },
    ]);

    const list = await sam.get(`/api/clients/${clientId}/measures`);
    expect(list.status).toBe(200);
    expect(list.body.measures.map((m: Json) => [m.takenOn, m.instrument, m.total, m.band])).toEqual([
      ['2026-11-03', 'PHQ-9', 19, 'moderately severe'],
      ['2026-11-10', 'GAD-7', 12, 'moderate'],
      ['2026-11-17', 'PHQ-9', 12, 'moderate'],
    ]);

    const events = (await owner.get('/api/audit')).body.events as Json[];
    const samId = (await sam.get('/api/auth/me')).body.user.id;
    const mine = events.filter((e) => e.userId === samId && (e.entity === 'measure' || e.entity === 'measure_list'));
    expect(mine.map((e) => [e.action, e.entity])).toEqual(
      expect.arrayContaining([
        ['create', 'measure'],
        ['view', 'measure_list'],
      ]),
    );
    expect(mine.filter((e) => e.action === 'create')).toHaveLength(3);
    expect(mine.find((e) => e.action === 'view')?.entityId).toBe(clientId);
  });

  it.each([
    [{ instrument: 'PHQ-9', takenOn: '2026-11-03', items: [1, 1, 1] }, 'body.items', 'PHQ-9 has 9 items and 3 answers were given: give one answer per item, each 0 to 3.'],
    [{ instrument: 'PHQ-9', takenOn: '2026-11-03', items: [0, 0, 0, 0, 0, 0, 0, 4, 0] }, 'body.items', 'PHQ-9 item 8 must be a whole number from 0 to 3.'],
    [{ instrument: 'GAD-7', takenOn: '2026-11-03', total: 22 }, 'body.total', 'A GAD-7 total must be a whole number from 0 to 21.'],
    [{ instrument: 'BDI-II', takenOn: '2026-11-03', total: 10 }, 'body.instrument', 'Unknown instrument. Use one of: PHQ-9, GAD-7'],
    [{ instrument: 'PHQ-9', takenOn: '2026-02-30', total: 10 }, 'body.takenOn', 'use a real calendar date'],
    [{ instrument: 'PHQ-9', takenOn: '2026-11-03' }, 'body.items', 'Give the PHQ-9 its 9 item answers (each 0 to 3) or total (0 to 27).'],
  ])('refuses %j with 400 naming %s', async (body, field, message) => {
    const res = await sam.post(`/api/clients/${clientId}/measures`, body);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'bad_request', field });
    expect(res.body.error.message).toContain(message);
    expect((await sam.get(`/api/clients/${clientId}/measures`)).body.measures).toEqual([]);
  });

  it("another clinician's client answers 404 (audited as refused); the supervisor reads but cannot add", async () => {
    await sam.post(`/api/clients/${clientId}/measures`, { instrument: 'GAD-7', takenOn: '2026-11-03', total: 9 });
    const lee = await addClinician(t, owner, { name: 'Lee Park', email: 'lee@practice.test' });
    expect((await lee.get(`/api/clients/${clientId}/measures`)).status).toBe(404);
    expect((await lee.post(`/api/clients/${clientId}/measures`, { instrument: 'GAD-7', takenOn: '2026-11-04', total: 3 })).status).toBe(404);
    // The practice owner is no exception until assigned as Sam's supervisor.
    expect((await owner.get(`/api/clients/${clientId}/measures`)).status).toBe(404);

    const samId = (await sam.get('/api/auth/me')).body.user.id;
    const ownerId = (await owner.get('/api/auth/me')).body.user.id;
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: ownerId })).status).toBe(200);
    const read = await owner.get(`/api/clients/${clientId}/measures`);
    expect(read.status).toBe(200);
    expect(read.body.measures.map((m: Json) => m.total)).toEqual([9]);
    const add = await owner.post(`/api/clients/${clientId}/measures`, { instrument: 'GAD-7', takenOn: '2026-11-04', total: 3 });
    expect(add.status).toBe(403);
    expect(add.body.error.message).toBe("Only the client's clinician can add measures");

    const leeId = (await lee.get('/api/auth/me')).body.user.id;
    const events = (await owner.get('/api/audit')).body.events as Json[];
    expect(events.filter((e) => e.userId === leeId && e.action === 'refuse').map((e) => [e.entity, e.entityId])).toEqual(
      expect.arrayContaining([
        ['measure_list', clientId],
        ['measure', clientId],
      ]),
    );
  });
});
