// The Notes list at a practice's scale (issue 7): for 100, 10,000 and 50,000 notes of one
// clinician, seeded straight through the store, the server time (loopback round trip) of the
// list's first page, of a page deep in the list and of searches; the server's memory (RSS); and
// the Notes page's time to first show a row in Chromium. Warm-up first, then several runs: the
// median with the spread (min to max). Targets at 50,000: list page < 50 ms, search < 200 ms,
// RSS < 250 MB, page shown < 1 s.
// Everything lives in a temporary folder (database, web build); dist/ is not touched.
// Run: node --import tsx bench/notes-list.bench.ts   (AFTERWORD_BENCH_50K=0 skips the 50,000 row;
// AFTERWORD_BENCH_NOTES=100,2000 measures other sizes)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { composeNote } from '../src/compose/index.ts';
import { hashPassword } from '../src/server/auth/hash-password.ts';
import { build as esbuild } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { type Insertable, sql } from 'kysely';
import { sealField, sealJson } from '../src/store/crypto/seal-field.ts';
import type { NotesTable } from '../src/store/database.ts';
import { createClient, createUser, listNotes, openStore, type StoredDocument } from '../src/store/index.ts';
import { INDEX_VERSION, noteText } from '../src/store/notes/index-note.ts';
import { noteGlance } from '../src/store/notes/note-glance.ts';
import { searchWords } from '../src/store/search/search-words.ts';
import { termHash } from '../src/store/search/term-hash.ts';
import { CLAUSES } from './summaries.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EMAIL = 'bench@example.test';
const PASSWORD = 'quiet lantern harbour 9';

interface Spread {
  median: number;
  min: number;
  max: number;
}

function spread(times: number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] as number, min: sorted[0] as number, max: sorted.at(-1) as number };
}
const ms = (s: Spread, digits = 1): string => `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}-${s.max.toFixed(digits)})`;

/** A few dozen distinct composed notes, reused with a session number so no two are alike. */
function documents(): StoredDocument[] {
  const formats = ['soap', 'dap', 'birp', 'simple'];
  const docs: StoredDocument[] = [];
  for (let i = 0; i < 40; i++) {
    const clauses = Array.from({ length: 4 + (i % 8) }, (_, k) => CLAUSES[(i + k * 5) % CLAUSES.length]);
    docs.push(composeNote({ summary: `53 min indiv telehealth.\n${clauses.join('.\n')}.`, format: formats[i % formats.length] as string }) as StoredDocument);
  }
  return docs;
}

function withSentence(doc: StoredDocument, sentence: string): StoredDocument {
  const [first, ...rest] = doc.sections;
  if (!first) return doc;
  return { ...doc, sections: [{ ...first, text: `${first.text} ${sentence}`, sentences: [...first.sentences, { text: sentence, source: [] }] }, ...rest] };
}

async function seed(dataDir: string, count: number): Promise<{ clientId: string; seconds: number }> {
  const t0 = performance.now();
  const store = await openStore({ dataDir });
  const user = await createUser(store, { email: EMAIL, name: 'Bench Clinician', credentials: 'LCSW', role: 'owner', passwordHash: await hashPassword(PASSWORD) });
  const clients: string[] = [];
  for (let i = 0; i < 60; i++) clients.push((await createClient(store, user.id, { displayName: `Client ${i}` })).id);
  const docs = documents();
  // The search index's keys are keyed hashes, so every insert lands somewhere random in its
  // B-trees: with SQLite's default 2 MB page cache, seeding grew with the square of the count
  // (2,000 notes 7 s, 10,000 notes 128 s). A cache that holds the index keeps it linear. This
  // is the seeding connection only; the measured server opens the file with its own settings.
  if (store.dialect === 'sqlite') await sql`PRAGMA cache_size = -1048576`.execute(store.db);
  const first = Date.UTC(2016, 0, 4);
  const stepMs = (3650 * 86_400_000) / count; // ten years of sessions
  // Rows as createNote writes them (same columns, encryption and index: see the check below),
  // inserted many at a time: createNote one by one would take most of the run at 50,000.
  // One transaction for the whole seed: a commit per batch wrote every index page the batch
  // touched (most of them, the keys being random) to the WAL again.
  await store.transaction(async () => {
    for (let start = 0; start < count; start += 500) {
      const notes: Insertable<NotesTable>[] = [];
      const terms: { term: string; note_id: string }[] = [];
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const rare = i % 500 === 250 ? ' Zolpidem was discussed.' : '';
        const document = withSentence(docs[i % docs.length] as StoredDocument, `Session ${i + 1}.${rare}`);
        const date = new Date(first + i * stepMs).toISOString().slice(0, 10);
        const id = randomUUID();
        const at = `${date}T18:00:00.000Z`;
        notes.push({
          id,
          user_id: user.id,
          client_id: clients[i % clients.length] as string,
          format: document.format,
          status: date < '2026-06-01' ? 'signed' : 'draft',
          session_date: date,
          list_date: date,
          session_minutes: 53,
          summary_enc: await sealField(store, user.id, 'notes', id, 'summary', 'summary'),
          worksheet_enc: await sealJson(store, user.id, 'notes', id, 'worksheet', { date, minutes: 53 }),
          document_enc: await sealJson(store, user.id, 'notes', id, 'document', document) as string,
          glance_enc: await sealJson(store, user.id, 'notes', id, 'glance', noteGlance(document)),
          indexed_version: INDEX_VERSION,
          created_at: at,
          updated_at: at,
          signed_at: date < '2026-06-01' ? at : null,
        });
        for (const word of searchWords(noteText(document))) terms.push({ term: termHash(store, user.id, word), note_id: id });
      }
      for (let k = 0; k < notes.length; k += 100) await store.db.insertInto('notes').values(notes.slice(k, k + 100)).execute();
      for (let k = 0; k < terms.length; k += 1000) await store.db.insertInto('note_terms').values(terms.slice(k, k + 1000)).execute();
    }
  });
  // The seeded rows read back as createNote's do.
  const sample = await listNotes(store, { userId: user.id, limit: 1 });
  if (!sample.notes[0]?.firstLine) throw new Error('seeded notes have no first line: the seeding no longer matches createNote');
  await store.close();
  return { clientId: clients[7] as string, seconds: (performance.now() - t0) / 1000 };
}

/**
 * The server as `npm start` runs it, bundled like dist/ (scripts/build.mjs) but into a temporary
 * folder, so its memory is not that of a TypeScript loader. The folder sits in the repository so
 * the bundle finds node_modules; it is removed afterwards.
 */
async function bundleServer(): Promise<string> {
  const dir = mkdtempSync(join(root, '.bench-server-'));
  const contents = `import { startServer } from '#server';
const [dataDir, webDir] = process.argv.slice(2);
const server = await startServer({ port: 0, dataDir, logger: false, config: { webDir } });
console.log('running at ' + server.url);`;
  await esbuild({ stdin: { contents, resolveDir: root, loader: 'ts' }, outfile: join(dir, 'server.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  return dir;
}

async function startChild(serverDir: string, dataDir: string, webDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(serverDir, 'server.mjs'), dataDir, webDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c) => {
      out += c;
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return { child, url };
}

function rssMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function timeGets(url: string, cookie: string, path: string, runs: number): Promise<{ times: Spread; body: { notes: unknown[]; nextCursor: string | null } }> {
  let body = { notes: [] as unknown[], nextCursor: null as string | null };
  const get = async () => {
    const res = await fetch(`${url}${path}`, { headers: { cookie, accept: 'application/json' } });
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    body = (await res.json()) as typeof body;
  };
  for (let i = 0; i < 5; i++) await get(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await get();
    times.push(performance.now() - t0);
  }
  return { times: spread(times), body };
}

async function measure(size: number, dirs: { serverDir: string; webDir: string }): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-bench-notes-'));
  try {
    const seeded = await seed(dataDir, size);
    const { child, url } = await startChild(dirs.serverDir, dataDir, dirs.webDir);
    try {
      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
      const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
      const runs = 25;
      const first = await timeGets(url, cookie, '/api/notes?limit=50', runs);
      // Twenty pages in: a keyset page costs the same wherever it is.
      let cursor = first.body.nextCursor;
      for (let p = 0; p < 19 && cursor; p++) cursor = (await timeGets(url, cookie, `/api/notes?limit=50&cursor=${cursor}`, 0)).body.nextCursor;
      const deep = cursor ? await timeGets(url, cookie, `/api/notes?limit=50&cursor=${cursor}`, runs) : null;
      const searches: [string, string][] = [
        ['common word (sleep)', 'q=sleep'],
        ['rare word (zolpidem)', 'q=zolpidem'],
        ['two words (thought record)', 'q=thought%20record'],
        ['word + client', `q=husband&clientId=${seeded.clientId}`],
        ['dates + status', 'from=2020-01-01&to=2020-12-31&status=signed'],
        ['no match', 'q=xylophone'],
      ];
      const searchTimes: [string, Spread, number][] = [];
      for (const [label, query] of searches) {
        const r = await timeGets(url, cookie, `/api/notes?limit=50&${query}`, runs);
        searchTimes.push([label, r.times, r.body.notes.length]);
      }

      // The Notes page in Chromium: from navigation to the first row shown.
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      // In the page: when the first row enters the document, from the start of navigation (no
      // automation round trips in it).
      await context.addInitScript(() => {
        const w = window as unknown as { firstRowAt?: number };
        new MutationObserver((_, observer) => {
          if (document.querySelector('table tbody tr')) {
            w.firstRowAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await context.request.post(`${url}/api/auth/login`, { data: { email: EMAIL, password: PASSWORD } });
      const shown: number[] = [];
      const inPage: number[] = [];
      let domNodes = 0;
      let timeline = '';
      for (let i = 0; i < 6; i++) {
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(`${url}/#/notes`);
        await page.locator('table tbody tr').first().waitFor({ state: 'visible', timeout: 30_000 });
        if (i > 0) {
          // The first run is the warm-up.
          shown.push(performance.now() - t0);
          inPage.push(await page.evaluate(() => (window as unknown as { firstRowAt?: number }).firstRowAt ?? Number.NaN));
        }
        domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
        // What the first row waited for, in order: each script, style and API request, from when
        // the page asked for it to when its answer ended (ms from navigation start).
        timeline = await page.evaluate(() =>
          (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .map((e) => `${new URL(e.name).pathname.replace(/-[\w-]{8}\.(js|css)$/, '.$1')} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`)
            .join(', '),
        );
        await page.close();
      }
      await browser.close();
      const memory = rssMb(child.pid as number);

      console.log(`\nnotes-list ${size.toLocaleString('en-US')} notes (seeded in ${seeded.seconds.toFixed(0)} s)`);
      console.log(`  list first page (50 rows):   ${ms(first.times)}`);
      if (deep) console.log(`  list page 21 (cursor):       ${ms(deep.times)}`);
      for (const [label, s, n] of searchTimes) console.log(`  search ${`${label}:`.padEnd(28)}${ms(s)}  [${n} rows]`);
      console.log(`  server RSS after the runs:   ${memory.rss.toFixed(0)} MB (peak ${memory.peak.toFixed(0)} MB)`);
      console.log(`  Notes page first row shown:  ${ms(spread(inPage), 0)} from navigation start in the page; ${ms(spread(shown), 0)} as the automation sees it; ${domNodes} DOM elements`);
      console.log(`  Notes page requests (last run, ms from navigation): ${timeline}`);
    } finally {
      child.kill();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'afterword-bench-web-'));
  const serverDir = await bundleServer();
  try {
    const webDir = join(workDir, 'web');
    await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: webDir, emptyOutDir: true } });
    const sizes = process.env.AFTERWORD_BENCH_NOTES
      ? process.env.AFTERWORD_BENCH_NOTES.split(',').map(Number)
      : [100, 10_000, ...(process.env.AFTERWORD_BENCH_50K === '0' ? [] : [50_000])];
    for (const size of sizes) await measure(size, { serverDir, webDir });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    rmSync(serverDir, { recursive: true, force: true });
  }
}

await main();
