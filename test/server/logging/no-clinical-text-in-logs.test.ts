import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

const PHRASE = 'periwinkle saxophone nightmares';

describe('what leaves the process', () => {
  let t: TestServer;
  let logs = '';
  beforeEach(async () => {
    logs = '';
    const stream = new Writable({
      write(chunk, _enc, done) {
        logs += chunk.toString();
        done();
      },
    });
    t = await startTestServer({ logger: { level: 'trace', stream } });
  });
  afterEach(async () => {
    await t.stop();
  });

  it('logs requests and errors but never clinical text, and the database files hold none either', async () => {
    const owner = await setUpOwner(t);
    const { client } = (await owner.post('/api/clients', { displayName: 'Periwinkle P.', realName: `Pat ${PHRASE}`, context: PHRASE })).body;
    const { note } = (await owner.post('/api/notes', { clientId: client.id, format: 'soap', summary: PHRASE, document: soapDocument(`Client reported ${PHRASE}.`) })).body;
    await owner.get(`/api/notes?q=${encodeURIComponent(PHRASE)}`);
    await owner.patch(`/api/notes/${note.id}`, { summary: `${PHRASE} again` });
    await owner.post(`/api/notes/${note.id}/sign`);
    // Failures: validation, conflict, unparseable JSON.
    await owner.patch(`/api/notes/${note.id}`, { summary: PHRASE });
    await owner.post('/api/clients', { displayName: '', context: PHRASE });
    await fetch(`${t.url}/api/notes`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner.cookie as string, 'x-csrf-token': owner.csrfToken as string }, body: `{"summary": "${PHRASE}` });

    expect(logs).toContain('"statusCode":409');
    expect(logs).toContain('/api/notes');
    for (const word of ['periwinkle', 'saxophone', 'Periwinkle']) expect(logs).not.toContain(word);

    for (const file of readdirSync(t.dataDir)) {
      const raw = readFileSync(join(t.dataDir, file));
      expect(raw.includes(Buffer.from('saxophone')), file).toBe(false);
    }
  });
});
