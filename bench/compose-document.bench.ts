// Documents from templates: median and p99 time to write each starter from one summary (50, 150,
// 400 words), in process, beside a SOAP note from the same summary (the composer does the same
// reading and writing; the template only places the sentences).
import { composeNote } from '../src/compose/index.ts';
import { composeDocument, STARTERS } from '../src/documents/index.ts';
import { summaryOf } from './summaries.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(run: () => void): string {
  for (let i = 0; i < 100; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return `median ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`;
}

for (const words of [50, 150, 400]) {
  const summary = summaryOf(words);
  console.log(`soap note ${words} words: ${time(() => composeNote({ summary, format: 'soap' }))}`);
  for (const { id, template } of STARTERS) console.log(`${id} ${words} words: ${time(() => composeDocument({ template, summary }))}`);
}
