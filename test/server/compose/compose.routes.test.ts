import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

// The composer lands from the main branch; until then these tests are skipped, not failed.
const composerReady = await import('#compose').then(
  (m) => typeof m.composeNote === 'function',
  () => false,
);

describe.skipIf(!composerReady)('POST /api/compose', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('turns a summary into a Document and stores nothing', async () => {
    const owner = await setUpOwner(t);
    const summary = 'Client reported poor sleep for two weeks. Therapist used cognitive restructuring. Client will keep a thought record.';
    const res = await owner.post('/api/compose', { format: 'SOAP', summary });
    expect(res.status).toBe(200);
    expect(res.body.format).toBe('soap');
    expect(res.body.sections.length).toBeGreaterThan(0);
    expect(res.body.risk).toHaveProperty('si');
    for (const section of res.body.sections) {
      expect(section).toEqual(expect.objectContaining({ key: expect.any(String), title: expect.any(String), text: expect.any(String), sentences: expect.any(Array) }));
    }
    expect((await owner.get('/api/notes')).body.notes).toEqual([]);
    const rows = await t.server.store.db.selectFrom('notes').select('id').execute();
    expect(rows).toEqual([]);
  });

  it('accepts a client for context, and refuses empty input or an unknown format', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'M.', pronouns: 'she', context: 'Works nights.' })).body;
    expect((await owner.post('/api/compose', { format: 'dap', summary: 'She reported better sleep.', clientId: client.id })).status).toBe(200);
    expect((await owner.post('/api/compose', { format: 'dap', summary: 'She reported better sleep.', clientId: null, worksheet: null })).status).toBe(200);

    const empty = await owner.post('/api/compose', { format: 'soap', summary: '   ' });
    expect(empty.status).toBe(400);
    const badFormat = await owner.post('/api/compose', { format: 'haiku', summary: 'x' });
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.field).toBe('body.format');
  });
});
