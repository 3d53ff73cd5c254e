// On a phone over a slow network the app's script and the API's JSON arrive compressed, over
// real HTTP: brotli when the browser offers it, gzip otherwise, nothing when it offers neither.
// Compression changes no security header, does not loosen CSRF, and leaves the PDF as made.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they crossed the wire, still compressed. */
  wire: Buffer;
}

/** A GET or POST that, unlike fetch, shows the encoded bytes and the exact headers. */
function raw(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, wire: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(r: RawResponse): string {
  const encoding = r.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(r.wire).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(r.wire).toString('utf8');
  return r.wire.toString('utf8');
}

// A script shaped like the built app: long, repetitive, well over the 1 KB threshold.
const SCRIPT = Array.from({ length: 800 }, (_, i) => `export function render${i}(props){return createElement("div",{className:"field field--${i % 7}"},props.label);}`).join('\n');

describe('compressed responses', () => {
  let t: TestServer;
  let owner: ApiClient;
  const webDir = mkdtempSync(join(tmpdir(), 'afterword-web-'));
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Afterword</title><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), SCRIPT);
    t = await startTestServer({ config: { webDir } });
    owner = await setUpOwner(t);
  });
  afterAll(async () => {
    await t.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends the script brotli-compressed to a browser that accepts it, with the security headers intact', async () => {
    const js = await raw(`${t.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(js.status).toBe(200);
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(js.headers.vary).toMatch(/accept-encoding/i);
    // Much smaller on the wire, and exactly the file once decoded.
    expect(js.wire.length).toBeLessThan(SCRIPT.length / 4);
    expect(decoded(js)).toBe(SCRIPT);
    // The same policy as an uncompressed answer: nothing but this origin, no framing, no sniffing.
    expect(js.headers['content-security-policy']).toContain("default-src 'self'");
    expect(js.headers['x-frame-options']).toBe('DENY');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.headers['referrer-policy']).toBe('no-referrer');
  });

  it('falls back to gzip, and to the plain file when the browser asks for no encoding', async () => {
    const gz = await raw(`${t.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decoded(gz)).toBe(SCRIPT);

    const plain = await raw(`${t.url}/assets/index-abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
    expect(plain.wire.toString('utf8')).toBe(SCRIPT);
  });

  it('compresses JSON from the API and still keeps it out of the browser cache', async () => {
    const spec = await raw(`${t.url}/api/openapi.json`, { headers: { 'accept-encoding': 'br' } });
    expect(spec.status).toBe(200);
    expect(spec.headers['content-encoding']).toBe('br');
    expect(spec.headers['content-type']).toMatch(/^application\/json/);
    expect(spec.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(decoded(spec)).openapi).toMatch(/^3\./);
  });

  it('still refuses a change without the CSRF token when the answer would be compressed', async () => {
    const refused = await raw(`${t.url}/api/clients`, { method: 'POST', headers: { 'accept-encoding': 'br, gzip', cookie: owner.cookie ?? '' } });
    expect(refused.status).toBe(403);
    expect(JSON.parse(decoded(refused)).error.code).toBe('csrf');
  });

  it('sends the PDF of a signed note as made, with its length, never re-encoded', async () => {
    const { note } = (await owner.post('/api/notes', { format: 'soap', summary: 'pt reports poor sleep', document: soapDocument('Client reported poor sleep.') })).body;
    expect((await owner.post(`/api/notes/${note.id}/sign`)).status).toBe(200);

    const pdf = await raw(`${t.url}/api/notes/${note.id}/pdf`, { headers: { 'accept-encoding': 'br, gzip', cookie: owner.cookie ?? '' } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.headers['content-length']).toBe(String(pdf.wire.length));
    expect(pdf.wire.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

// The build writes each text file's .br and .gz beside it (web/vite.config.ts): the server sends
// those bytes as they are, with the original's headers, and compresses nothing per request.
describe('pre-compressed files of the build', () => {
  let t: TestServer;
  const webDir = mkdtempSync(join(tmpdir(), 'afterword-web-'));
  const HTML = `<!doctype html><title>Afterword</title>${'<meta name="x" content="padding past the 1 KB threshold">'.repeat(30)}<script type="module" src="/assets/index-abc123.js"></script>`;
  // Made at the strongest settings, as the build does: different bytes from the server's own quality-5 brotli.
  const built = (text: string) => ({ br: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), gz: gzipSync(text, { level: 9 }) });
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    for (const [name, text] of [
      ['index.html', HTML],
      [join('assets', 'index-abc123.js'), SCRIPT],
    ] as const) {
      writeFileSync(join(webDir, name), text);
      writeFileSync(join(webDir, `${name}.br`), built(text).br);
      writeFileSync(join(webDir, `${name}.gz`), built(text).gz);
    }
    t = await startTestServer({ config: { webDir } });
  });
  afterAll(async () => {
    await t.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it("sends the build's compressed script as it is, kept for good, and the plain file to a browser that accepts neither", async () => {
    const br = await raw(`${t.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.wire.equals(built(SCRIPT).br)).toBe(true);
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-security-policy']).toContain("default-src 'self'");

    const gz = await raw(`${t.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decoded(gz)).toBe(SCRIPT);

    const plain = await raw(`${t.url}/assets/index-abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.wire.toString('utf8')).toBe(SCRIPT);
  });

  it("sends the page's compressed index.html, still checked every time, for the page and for any app route", async () => {
    for (const path of ['/', '/index.html', '/notes']) {
      const page = await raw(`${t.url}${path}`, { headers: { 'accept-encoding': 'br' } });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(decoded(page)).toBe(HTML);
    }
  });
});
