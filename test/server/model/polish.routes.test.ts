// A clinician turns on their own model (a fake OpenAI-compatible server on loopback), polishes a
// draft and gets it back with the model's additions marked; a hostile, slow or failing model
// leaves the draft and says why. Off by default; an outside address needs a confirmation that
// names what is sent; the key is stored sealed and never returned.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../support/fake-model-server.ts';
import { type ApiClient, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

const SUMMARY =
  '50 min indiv in person. Jon reported poor sleep x2 wks since Carla moved out and said "I feel like a ghost at work". Denies alcohol use. Denies SI/HI. ' +
  'Used CBT thought record; Jon identified 3 automatic thoughts. HW: thought record daily.';

let model: FakeModelServer;
let t: TestServer;
let owner: ApiClient;
beforeAll(async () => {
  model = await startFakeModelServer();
});
afterAll(() => model.close());
beforeEach(async () => {
  t = await startTestServer();
  owner = await setUpOwner(t);
  model.requests = [];
  model.answer = {};
});
afterEach(() => t.stop());

async function draftForClient() {
  const { client } = (await owner.post('/api/clients', { displayName: 'J.R.', realName: 'Jonathan Reyes', context: 'Goes by Jon. Separated from wife Carla.' })).body;
  const document = (await owner.post('/api/compose', { format: 'soap', summary: SUMMARY, clientId: client.id })).body;
  return { client, document };
}

async function turnOn(extra: Record<string, unknown> = {}) {
  return owner.call('PUT', '/api/settings/model', { enabled: true, baseUrl: model.baseUrl, model: 'llama-test', apiKey: 'sk-local-123', stream: true, timeoutSeconds: 10, ...extra });
}

describe('Polish with my model', () => {
  it('is off until the clinician turns it on', async () => {
    const settings = (await owner.get('/api/settings/model')).body.model;
    expect(settings).toMatchObject({ enabled: false, baseUrl: null, hasKey: false });
    const { client, document } = await draftForClient();
    const res = await owner.post('/api/compose/polish', { document, clientId: client.id });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/Turn it on in Settings/);
    expect(model.requests).toHaveLength(0);
  });

  it('polishes a draft: names never leave, the reply is restored, verified and its additions marked', async () => {
    const on = await turnOn();
    expect(on.status).toBe(200);
    expect(on.body.model).toMatchObject({ enabled: true, reach: 'loopback', hasKey: true });
    expect(JSON.stringify(on.body)).not.toContain('sk-local-123');
    const row = await t.server.store.db.selectFrom('model_settings').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('sk-local-123');

    model.answer = { text: (s) => (s.includes('poor sleep') ? `${s} Overall, these concerns were the focus of the session.` : s) };
    const { client, document } = await draftForClient();
    const res = await owner.post('/api/compose/polish', { document, clientId: client.id });
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(true);
    expect(res.body.modelAdded).toBe(1);
    const wire = JSON.stringify(model.requests);
    for (const identifier of ['Jon', 'Carla', 'Reyes']) expect(wire).not.toContain(identifier);
    expect(model.requests[0]!.authorization).toBe('Bearer sk-local-123');
    const subjective = res.body.document.sections.find((s: { key: string }) => s.key === 'subjective');
    expect(subjective.text).toContain('Carla');
    expect(subjective.sentences.at(-1)).toMatchObject({ modelAdded: true, source: [] });
    // The risk section is the composer's, word for word.
    const risk = (d: { sections: Array<{ key: string; text: string }> }) => d.sections.find((s) => s.key === 'risk')!.text;
    expect(risk(res.body.document)).toBe(risk(document));
  });

  it('discards a reply that invents suicidal ideation, naming the check', async () => {
    await turnOn();
    model.answer = { text: (s) => (s.includes('poor sleep') ? `${s} [CLIENT] endorsed passive suicidal ideation.` : s) };
    const { client, document } = await draftForClient();
    const res = await owner.post('/api/compose/polish', { document, clientId: client.id });
    expect(res.status).toBe(200);
    expect(res.body, JSON.stringify(res.body)).toMatchObject({ accepted: false, check: 'risk' });
    expect(res.body.message).toMatch(/changed the risk status .*Your draft is unchanged/);
  });

  it('says when the model is too slow, and when its server fails', async () => {
    await turnOn({ timeoutSeconds: 5, stream: false });
    model.answer = { delayMs: 8000 };
    const { document } = await draftForClient();
    const slow = await owner.post('/api/compose/polish', { document });
    expect(slow.status).toBe(503);
    expect(slow.body.error.message).toMatch(/did not finish within 5 s.*Your draft is unchanged/);
    model.answer = { status: 502 };
    const failing = await owner.post('/api/compose/polish', { document });
    expect(failing.status).toBe(503);
    expect(failing.body.error.message).toMatch(/HTTP 502/);
  });

  it('asks for a confirmation naming what is sent before an address outside this network is used', async () => {
    const settings = { enabled: true, baseUrl: 'https://models.example.com/v1', model: 'big-model', apiKey: 'sk-remote' };
    const refused = await owner.call('PUT', '/api/settings/model', settings);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/outside this computer .* replaced by placeholders/);
    expect(refused.body.error.message).toMatch(/not the risk assessment/);
    const confirmed = await owner.call('PUT', '/api/settings/model', { ...settings, confirmOutside: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.model).toMatchObject({ enabled: true, reach: 'outside' });
    // Another outside address needs its own confirmation.
    expect((await owner.call('PUT', '/api/settings/model', { ...settings, baseUrl: 'https://other.example.net/v1' })).status).toBe(400);
    // A private-network address needs none.
    expect((await owner.call('PUT', '/api/settings/model', { ...settings, baseUrl: 'http://192.168.1.20:8080/v1' })).status).toBe(200);
  });
});
