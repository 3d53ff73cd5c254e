// Adversarial summaries: one thing repeated to 1,000, 5,000 and 20,000 characters (the API's
// maximum), composed in process, in milliseconds per character against an ordinary 150-word
// summary. Target: within 10x of the ordinary summary per character, at every length (time
// that grows with the square of the length shows as a ratio growing with the length).
// Then, through a real server: /api/health latency while the worst of them is being composed.
// Run: node --import tsx bench/compose-adversarial.bench.ts [--no-server | --server-only]
// AFTERWORD_BENCH_SERVER_FLAGS adds node flags to the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeNote } from '../src/compose/index.ts';
import { extractRisk } from '../src/compose/read/extract-risk.ts';
import { findQuotes } from '../src/compose/text/find-quotes.ts';
import { ADVERSARIAL_UNITS, repeatTo } from '../test/support/adversarial-inputs.ts';
import { summaryOf } from './summaries.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeCompose(summary: string, runs: number): number {
  composeNote({ summary, format: 'soap' });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    composeNote({ summary, format: i % 2 ? 'soap' : 'simple' });
    times.push(performance.now() - t0);
  }
  return median(times);
}

const normal = summaryOf(150);
// --server-only skips the in-process table (minutes on a busy machine) and measures /api/health only.
if (!process.argv.includes('--server-only')) composerTable();

function composerTable(): void {
  for (let i = 0; i < 300; i++) composeNote({ summary: normal, format: 'soap' });
  const normalMs = timeCompose(normal, 1000);
  const normalPerChar = normalMs / normal.length;
  console.log(`ordinary 150-word summary: ${normal.length} chars, median ${normalMs.toFixed(3)} ms = ${(normalPerChar * 1000).toFixed(2)} µs/char`);
  console.log('input (repeated)'.padEnd(24) + ['1,000', '5,000', '20,000'].map((n) => `${n} chars: ms (x ordinary)`.padStart(28)).join(''));
  let worst = { ratio: 0, unit: '', length: 0 };
  for (const unit of ADVERSARIAL_UNITS) {
    const cells: string[] = [];
    for (const length of [1000, 5000, 20_000]) {
      const ms = timeCompose(repeatTo(unit, length), length >= 20_000 ? 5 : 11);
      const ratio = ms / length / normalPerChar;
      if (ratio > worst.ratio) worst = { ratio, unit, length };
      cells.push(`${ms.toFixed(1)} ms (${ratio.toFixed(1)}x)${ratio > 10 ? ' OVER' : ''}`.padStart(28));
    }
    console.log(JSON.stringify(unit).slice(0, 22).padEnd(24) + cells.join(''));
  }
  console.log(`worst: ${JSON.stringify(worst.unit)} at ${worst.length} chars, ${worst.ratio.toFixed(1)}x an ordinary summary per character (target: within 10x)`);
  partsTable();
}

/** Parts that take input the splitter has not capped: time that doubles with the input is linear. */
function partsTable(): void {
  const timed = (run: () => unknown): number => {
    run();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  for (const n of [1500, 3000, 6000]) {
    const ms = timed(() => extractRisk([`denies ${'suicidal ideation/homicidal ideation '.repeat(n)}`]));
    console.log(`extractRisk, one clause of ${n} SI/HI mentions: median ${ms.toFixed(1)} ms`);
  }
  for (const length of [5000, 20_000, 80_000]) {
    const ms = timed(() => findQuotes(repeatTo("'x ", length)));
    console.log(`findQuotes, ${length} chars of unclosed quotes: median ${ms.toFixed(1)} ms`);
  }
}

if (!process.argv.includes('--no-server')) await healthWhileComposing();

/** Node flags for the server process, for profiling it while the benchmark runs. */
function serverFlags(): string[] {
  return (process.env.AFTERWORD_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
}

/** A real server from source; the worst summary composed over and over while /api/health is asked every 10 ms. */
async function healthWhileComposing(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-bench-'));
  const child = spawn(process.execPath, [...serverFlags(), '--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'error', AFTERWORD_KEY: '', DATABASE_URL: '' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /running at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
    const setup = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // The password rules refuse one that holds the account's name or email ("bench ..."): then every compose was a 401.
      body: JSON.stringify({ name: 'Bench Owner', credentials: 'LCSW', email: 'bench@example.test', password: 'correct horse battery staple' }),
    });
    if (!setup.ok) throw new Error(`setup answered ${setup.status}: ${await setup.text()}`);
    const cookie = (setup.headers.getSetCookie()[0] ?? '').split(';')[0]!;
    const { csrfToken } = (await setup.json()) as { csrfToken: string };
    const compose = async (summary: string): Promise<{ status: number; ms: number }> => {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/compose`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ format: 'soap', summary }),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    };
    const first = await compose(normal);
    if (first.status !== 200) throw new Error(`compose answered ${first.status}`);
    // The slowest input of the table above, at the API's maximum.
    let slowest = { unit: '', ms: 0 };
    for (const unit of ADVERSARIAL_UNITS) {
      const { ms } = await compose(repeatTo(unit, 20_000));
      if (ms > slowest.ms) slowest = { unit, ms };
    }
    for (const concurrent of [1, 4]) {
      const summary = repeatTo(slowest.unit, 20_000);
      const composeTimes: number[] = [];
      const statuses = new Set<number>();
      let composing = true;
      const until = performance.now() + 5000;
      const loops = Array.from({ length: concurrent }, async () => {
        while (performance.now() < until) {
          const r = await compose(summary);
          composeTimes.push(r.ms);
          statuses.add(r.status);
        }
      });
      const all = Promise.all(loops).finally(() => {
        composing = false;
      });
      const health: number[] = [];
      while (composing) {
        const t0 = performance.now();
        await (await fetch(`${url}/api/health`)).arrayBuffer();
        health.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 10));
      }
      await all;
      health.sort((a, b) => a - b);
      console.log(
        `/api/health while ${concurrent} x 20,000 chars of ${JSON.stringify(slowest.unit)} compose (each ${median(composeTimes).toFixed(0)} ms through HTTP, status ${[...statuses].join(',')}): ` +
          `${health.length} answers, median ${median(health).toFixed(1)} ms, p99 ${health[Math.floor(health.length * 0.99)]!.toFixed(1)} ms, max ${health.at(-1)!.toFixed(1)} ms (target: under 50 ms)`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
