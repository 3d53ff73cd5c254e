// Server figures: time from process start to ready, notes composed per second through
// POST /api/compose, and p99 latency, with autocannon on loopback (about 10 s per run).
// Run: node bench/server.bench.mjs [--duration 10] [--connections 10]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const duration = arg('duration', 10);
const connections = arg('connections', 10);

// The built command, as `npm start` runs it (after `npm install` has bundled dist/afterword.mjs).
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
const bin = join(root, 'bin', 'afterword.mjs');

const dataDir = mkdtempSync(join(tmpdir(), 'afterword-bench-'));
const t0 = performance.now();
const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error' } });
const url = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
    const m = /running at (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
});
for (;;) {
  const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
  if (ok) break;
}
const readyMs = performance.now() - t0;

try {
  // Sign in as a fresh owner.
  const setup = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Owner', credentials: 'LCSW', email: 'bench@example.test', password: 'quiet lantern harbour 9' }),
  });
  const cookie = setup.headers.getSetCookie()[0].split(';')[0];
  const { csrfToken } = await setup.json();
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };

  const summary =
    '53 min telehealth indiv. pt reports poor sleep x2 wks, increased worry about job. denies SI/HI. ' +
    'Used cognitive restructuring and Socratic questioning re: catastrophizing. pt engaged, identified 2 alternative thoughts. ' +
    'PHQ-9 14 (prev 17). HW: thought record daily. f/u 1 wk.';
  const body = JSON.stringify({ format: 'soap', summary });
  const probe = await fetch(`${url}/api/compose`, { method: 'POST', headers, body });
  const results = {};
  results.readyMs = Math.round(readyMs);

  const run = (title, opts) =>
    autocannon({ url: `${url}${opts.path}`, method: opts.method, headers, body: opts.body, connections, duration, title });

  if (probe.ok) {
    const r = await run('compose', { path: '/api/compose', method: 'POST', body });
    results.compose = { perSecond: r.requests.average, p99ms: r.latency.p99, p50ms: r.latency.p50, non2xx: r.non2xx, errors: r.errors };
  } else {
    results.compose = { unavailable: `POST /api/compose answered ${probe.status}` };
  }
  // Storing drafts (encryption + SQLite write + audit chain) for comparison.
  const { document } = { document: probe.ok ? await probe.json() : null };
  if (document) {
    const save = JSON.stringify({ format: 'soap', summary, document });
    const r = await run('save', { path: '/api/notes', method: 'POST', body: save });
    results.saveDraft = { perSecond: r.requests.average, p99ms: r.latency.p99, non2xx: r.non2xx };
  }
  const r = await run('health', { path: '/api/health', method: 'GET' });
  results.health = { perSecond: r.requests.average, p99ms: r.latency.p99 };

  console.log(`Afterword server (loopback, ${connections} connections, ${duration} s per run)`);
  console.log(`  start to ready:          ${results.readyMs} ms`);
  if (results.compose.unavailable) console.log(`  compose:                 ${results.compose.unavailable}`);
  else console.log(`  notes composed per sec:  ${results.compose.perSecond.toFixed(0)}  (p50 ${results.compose.p50ms} ms, p99 ${results.compose.p99ms} ms, non-2xx ${results.compose.non2xx})`);
  if (results.saveDraft) console.log(`  drafts saved per sec:    ${results.saveDraft.perSecond.toFixed(0)}  (p99 ${results.saveDraft.p99ms} ms)`);
  console.log(`  health per sec:          ${results.health.perSecond.toFixed(0)}  (p99 ${results.health.p99ms} ms)`);
  console.log(JSON.stringify({ server: results }));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
