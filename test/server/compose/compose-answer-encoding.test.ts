// The compose answer is made in the composer's thread, compressed there as the browser accepts
// (issue 7: the event loop does nothing that grows with the note). What a client sees: the same
// note whatever it accepts, compressed when it said it can read that, and the clinician's saved
// style applied.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiClient, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

const SUMMARY =
  '53 min telehealth indiv. pt reports poor sleep x2 wks, increased worry about job. denies SI/HI. ' +
  'Used cognitive restructuring and Socratic questioning re: catastrophizing. pt engaged, identified 2 alternative thoughts. ' +
  'PHQ-9 14 (prev 17). HW: thought record daily. f/u 1 wk.';

let t: TestServer;
let owner: ApiClient;
beforeEach(async () => {
  t = await startTestServer();
  owner = await setUpOwner(t);
});
afterEach(async () => {
  await t.stop();
});

/** POST /api/compose with a raw fetch, so the answer's bytes and headers are seen as sent. */
async function composeAccepting(acceptEncoding: string | null, summary = SUMMARY): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', cookie: owner.cookie ?? '', 'x-csrf-token': owner.csrfToken ?? '' };
  // undici adds its own Accept-Encoding unless one is given: 'identity' asks for none.
  headers['accept-encoding'] = acceptEncoding ?? 'identity';
  const res = await fetch(`${t.url}/api/compose`, { method: 'POST', headers, body: JSON.stringify({ format: 'soap', summary }) });
  // fetch decodes br and gzip: `bytes` is the JSON; content-length tells the size that was sent.
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('POST /api/compose answers', () => {
  it('the same note, plain or compressed, and compressed only for a client that accepts it', async () => {
    const plain = await composeAccepting(null);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(plain.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
    const note = JSON.parse(plain.bytes.toString('utf8'));
    expect(note.format).toBe('soap');
    expect(note.risk.si).toBe('denied');

    for (const [accept, expected] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ] as const) {
      const packed = await composeAccepting(accept);
      expect(packed.status).toBe(200);
      expect(packed.headers.get('content-encoding')).toBe(expected);
      // fetch has decoded it; the announced length is the compressed one, smaller than the note.
      expect(JSON.parse(packed.bytes.toString('utf8'))).toEqual(note);
      expect(Number(packed.headers.get('content-length'))).toBeLessThan(plain.bytes.length);
    }
    expect((await composeAccepting('deflate')).headers.get('content-encoding')).toBeNull();
  });

  it('compressed bytes that decode to the note, read without a decoding client', async () => {
    const http = await import('node:http');
    const body = JSON.stringify({ format: 'soap', summary: SUMMARY });
    const raw = (encoding: string) =>
      new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
        const req = http.request(`${t.url}/api/compose`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': encoding, cookie: owner.cookie ?? '', 'x-csrf-token': owner.csrfToken ?? '' },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const br = await raw('br');
    expect(br.encoding).toBe('br');
    const gz = await raw('gzip');
    expect(gz.encoding).toBe('gzip');
    const fromBr = JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'));
    expect(JSON.parse(gunzipSync(gz.bytes).toString('utf8'))).toEqual(fromBr);
    expect(fromBr.sections.map((s: { key: string }) => s.key)).toContain('subjective');
  });

  it("applies the clinician's saved style", async () => {
    const settings = (await owner.get('/api/settings')).body.settings;
    expect((await owner.put('/api/settings', { ...settings, style: { clientTerm: 'patient', clinicianTerm: 'this writer' } })).status).toBe(200);
    const note = JSON.parse((await composeAccepting(null)).bytes.toString('utf8'));
    const text = note.sections.map((s: { text: string }) => s.text).join(' ');
    expect(text).toMatch(/\bPatient\b/);
    expect(text).not.toMatch(/\bClient\b/);
    // The request's own style still wins over the saved one.
    const res = await owner.post('/api/compose', { format: 'soap', summary: SUMMARY, style: { clientTerm: 'client' } });
    expect(res.body.sections.map((s: { text: string }) => s.text).join(' ')).toMatch(/\bClient\b/);
  });
});
