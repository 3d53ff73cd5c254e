// Server figures: time from process start to ready, notes composed per second through
// POST /api/compose, and p99 latency, with autocannon on loopback (about 10 s per run, after a
// 3 s warm-up run that is not counted). For compose, where the CPU went, per note, by thread
// (Linux /proc): the event loop, the composer threads, and the rest (V8's GC and compiler
// threads, libuv's pool): on 2 cores, 1,000 notes/s needs all of them under 2 ms per note.
// Run: node bench/server.bench.mjs [--duration 10] [--connections 10]
// AFTERWORD_BENCH_SERVER_FLAGS adds node flags to the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
const serverFlags = (process.env.AFTERWORD_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...serverFlags, bin, 'serve', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'error' } });
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
  // The pool starts its composer threads on the first compose: the threads that appear with it.
  const threadsBeforeProbe = new Set(threadCpuMs(child.pid).keys());
  const probe = await fetch(`${url}/api/compose`, { method: 'POST', headers, body });
  const results = {};
  results.readyMs = Math.round(readyMs);

  const run = async (title, opts) => {
    // Warm-up (JIT, statement cache, worker start), not counted.
    await autocannon({ url: `${url}${opts.path}`, method: opts.method, headers, body: opts.body, connections, duration: 3, title: `${title} warm-up` });
    return autocannon({ url: `${url}${opts.path}`, method: opts.method, headers, body: opts.body, connections, duration, title });
  };

  if (probe.ok) {
    const before = threadCpuMs(child.pid);
    const r = await run('compose', { path: '/api/compose', method: 'POST', body });
    const cpu = cpuPerNote({ pid: child.pid, before, after: threadCpuMs(child.pid), notes: r.requests.total, threadsBeforeProbe });
    results.compose = { perSecond: r.requests.average, p99ms: r.latency.p99, p50ms: r.latency.p50, non2xx: r.non2xx, errors: r.errors, cpuMsPerNote: cpu };
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
  else {
    console.log(`  notes composed per sec:  ${results.compose.perSecond.toFixed(0)}  (p50 ${results.compose.p50ms} ms, p99 ${results.compose.p99ms} ms, non-2xx ${results.compose.non2xx})`);
    const c = results.compose.cpuMsPerNote;
    if (c) console.log(`  CPU per note:            ${c.total} ms = event loop ${c.eventLoop} + composer threads ${c.composers} + other threads ${c.other} (GC, compiler, libuv)`);
  }
  if (results.saveDraft) console.log(`  drafts saved per sec:    ${results.saveDraft.perSecond.toFixed(0)}  (p99 ${results.saveDraft.p99ms} ms)`);
  console.log(`  health per sec:          ${results.health.perSecond.toFixed(0)}  (p99 ${results.health.p99ms} ms)`);
  console.log(JSON.stringify({ server: results }));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

/** CPU time so far of each thread of a process, in ms, by thread id (Linux; empty elsewhere). */
function threadCpuMs(pid) {
  const dir = `/proc/${pid}/task`;
  if (!existsSync(dir)) return new Map();
  const ticks = new Map();
  for (const tid of readdirSync(dir)) {
    try {
      const stat = readFileSync(`${dir}/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks (100 per second on Linux).
      ticks.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return ticks;
}

/**
 * CPU per note over a run (warm-up included), by kind of thread: the event loop is the thread
 * whose id is the process's; composer threads are those that appeared with the first compose;
 * the rest are V8's (GC, compiler) and libuv's helpers.
 */
function cpuPerNote({ pid, before, after, notes: measuredNotes, threadsBeforeProbe }) {
  if (!after.size || !measuredNotes) return null;
  const used = [...after].map(([tid, ms]) => [tid, ms - (before.get(tid) ?? 0)]);
  const all = used.reduce((sum, [, ms]) => sum + ms, 0);
  const eventLoop = used.find(([tid]) => tid === pid)?.[1] ?? 0;
  const composers = used.filter(([tid]) => !threadsBeforeProbe.has(tid)).reduce((sum, [, ms]) => sum + ms, 0);
  // The warm-up run's notes are in the CPU time too: count them at the measured rate.
  const notes = measuredNotes * ((duration + 3) / duration);
  const per = (ms) => Number((ms / notes).toFixed(2));
  return { total: per(all), eventLoop: per(eventLoop), composers: per(composers), other: per(all - eventLoop - composers) };
}
