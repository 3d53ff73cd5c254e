// Audit events appended per second on SQLite, as a draft save appends one (its own transaction
// each), one at a time and 10 at once: the checkpoint file is written and renamed after each
// commit (audit-checkpoint.ts), about 1.6 ms on this machine's disk, and the commits of one
// event-loop turn share a write. Warm-up first, then several runs: median with the spread.
// Run: node --import tsx bench/audit-append.bench.ts   (AFTERWORD_BENCH_EVENTS=2000 per run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAuditEvent, openStore, type Store } from '../src/store/index.ts';

const EVENTS = Number(process.env.AFTERWORD_BENCH_EVENTS ?? 2000);
const RUNS = 5;

async function perSecond(store: Store, concurrency: number): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < EVENTS) {
      next++;
      await appendAuditEvent(store, { userId: null, action: 'change', entity: 'note', entityId: `n${next}` });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return EVENTS / ((performance.now() - t0) / 1000);
}

function median(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return `${(s[Math.floor(s.length / 2)] as number).toFixed(0)}/s (${(s[0] as number).toFixed(0)}-${(s.at(-1) as number).toFixed(0)})`;
}

const dataDir = mkdtempSync(join(tmpdir(), 'afterword-bench-audit-'));
try {
  const store = await openStore({ dataDir });
  for (const concurrency of [1, 10]) {
    await perSecond(store, concurrency); // warm-up
    const rates: number[] = [];
    for (let i = 0; i < RUNS; i++) rates.push(await perSecond(store, concurrency));
    console.log(`audit events appended, ${concurrency} at once: ${median(rates)}`);
  }
  const report = store.auditCheckpoint.read();
  console.log(`checkpoint: ${report.state}${report.state === 'present' ? ` at entry ${report.checkpoint.count}` : ''}; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  await store.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
