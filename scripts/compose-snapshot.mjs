#!/usr/bin/env node
// Writes every note the composer makes for a fixed set of summaries, so a speed-up can be checked
// to change no output: run it before and after (`node scripts/build.mjs` first) and diff the files.
//
//   node --import tsx scripts/compose-snapshot.mjs OUT.txt
//
// Summaries: the dev eval cases and the held-out cases, each in the format it names plus SOAP and
// DAP; the risk corpus and the benchmark summaries in SOAP. Notes come from the built CLI
// (`afterword batch`), the same path the eval uses. The output is clinical test material: keep it
// in /tmp, never in the repository.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node --import tsx scripts/compose-snapshot.mjs OUT.txt');
  process.exit(2);
}

const lines = [];
const add = (id, format, summary) => lines.push(JSON.stringify({ id, format, summary }));
for (const file of [join(root, '..', 'shared', 'eval', 'dev-cases.json'), join(root, 'test', 'compose', 'held-out-cases.json')]) {
  for (const c of JSON.parse(readFileSync(file, 'utf8'))) {
    for (const format of new Set([c.format, 'SOAP', 'DAP'])) add(`${c.id}:${format}`, format, c.summary);
  }
}
// TypeScript sources: only when run with tsx, as the benchmarks are.
try {
  const { RISK_CORPUS } = await import('../test/compose/risk-corpus.ts');
  for (const [i, c] of RISK_CORPUS.entries()) add(`risk-${i}:SOAP`, 'SOAP', c.text);
  const { summaryOf } = await import('../bench/summaries.ts');
  for (const words of [50, 150, 400]) add(`bench-${words}:SOAP`, 'SOAP', summaryOf(words));
} catch (error) {
  console.error(`risk corpus and bench summaries left out (run with --import tsx): ${error.code ?? 'error'}`);
}

const run = spawnSync(process.execPath, [join(root, 'bin', 'afterword.mjs'), 'batch', '-'], {
  input: `${lines.join('\n')}\n`,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (run.status !== 0) {
  console.error(`afterword batch failed: exit ${run.status}`);
  process.exit(1);
}
// One note per line, sections pretty-printed so a diff points at the section that changed.
const notes = run.stdout
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.stringify(JSON.parse(line), null, 1));
writeFileSync(out, `${notes.join('\n')}\n`);
console.log(`${notes.length} notes written to ${out}`);
