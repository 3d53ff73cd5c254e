// The built front end references no other origin: no script, style, font, image or API from
// anywhere but the Afterword server. Every absolute address in the bundle must be one of the
// identifiers below, which browsers and libraries use as names and never fetch.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
/**
 * Names, not addresses: XML namespaces (SVG, MathML), JSON Schema dialects (zod), React's
 * error-text link, and zod's IPv6 check (it parses `http://[${address}]` with new URL, offline);
 * and loopback addresses, which are this machine.
 */
const NEVER_FETCHED = [
  /^http:\/\/www\.w3\.org\/(?:1999\/xlink|2000\/svg|XML\/1998\/namespace|1998\/Math\/MathML|1999\/xhtml|2000\/xmlns\/)$/,
  /^https?:\/\/json-schema\.org\/draft[-/\w]*\/schema#?$/,
  /^https:\/\/react\.dev\/errors\/$/,
  /^http:\/\/\[\$\{\w+\}\]$/,
  // This machine, not another origin: the example address of a local model in Settings' hint.
  /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?(?:\/[\w/]*)?$/,
];

let outDir: string;
let files: Array<{ name: string; text: string }>;
beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'afterword-bundle-'));
  // The bundle users get (vitest sets NODE_ENV=test, which would build React's development copy).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'web', 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const names = (await readdir(outDir, { recursive: true })).filter((n) => /\.(?:js|css|html|svg|json|webmanifest)$/.test(n));
  files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(outDir, name), 'utf8') })));
}, 240_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the built front end', () => {
  it('holds no absolute address other than names that are never fetched', () => {
    expect(files.some((f) => f.name.endsWith('.js'))).toBe(true);
    const foreign: string[] = [];
    for (const { name, text } of files) {
      for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g)) {
        if (!NEVER_FETCHED.some((allowed) => allowed.test(m[0]))) foreign.push(`${name}: ${m[0]}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('loads its page, scripts and styles from its own origin only', () => {
    const html = files.find((f) => f.name === 'index.html')!.text;
    const loads = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(loads.length).toBeGreaterThan(0);
    for (const url of loads) expect(url, url).toMatch(/^\/(?!\/)/);
    for (const { name, text } of files.filter((f) => f.name.endsWith('.css'))) {
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)/g)) expect(m[1], name).toMatch(/^(?:\/(?!\/)|data:|#|\.{0,2}\/?[\w-])/);
    }
  });
});
