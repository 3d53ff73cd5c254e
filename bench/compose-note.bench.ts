// Composer speed: median and p99 time to compose one note in process (50, 150, 400 words),
// then notes per second and peak memory through `afterword batch` over 10,000 lines.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeNote } from '../src/compose/index.ts';
import { summaryOf } from './summaries.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

for (const words of [50, 150, 400]) {
  const summary = summaryOf(words);
  for (let i = 0; i < 200; i++) composeNote({ summary, format: 'soap' });
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    composeNote({ summary, format: i % 2 ? 'soap' : 'birp' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`compose ${words} words: median ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`);
}

const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-'));
const file = join(dir, 'batch.jsonl');
const formats = ['soap', 'dap', 'birp', 'pirp', 'girp', 'sirp', 'pie', 'simple'];
const lines: string[] = [];
for (let i = 0; i < 10_000; i++) lines.push(JSON.stringify({ id: i, format: formats[i % formats.length], summary: summaryOf(50 + (i % 3) * 100) }));
writeFileSync(file, `${lines.join('\n')}\n`);
const t0 = performance.now();
const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/afterword.mjs', 'batch', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
const seconds = (performance.now() - t0) / 1000;
const out = run.stdout.split('\n').filter(Boolean).length;
const peakKb = Number(run.stderr.trim().split('\n').at(-1));
console.log(`batch 10000 lines: ${out} notes in ${seconds.toFixed(2)} s = ${(out / seconds).toFixed(0)} notes/s, peak RSS ${Number.isFinite(peakKb) ? `${(peakKb / 1024).toFixed(0)} MB` : 'unknown (install GNU time)'}`);
