// `npm run bench`: runs every benchmark under bench/ in turn and prints its figures, with the V8 settings the
// application itself runs with (bin/v8-flags.mjs).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { V8_FLAGS } from '../bin/v8-flags.mjs';

const files = readdirSync('bench').filter((f) => /\.bench\.(ts|mjs)$/.test(f)).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n# ${f}`);
  const r = spawnSync(process.execPath, [...V8_FLAGS, '--import', 'tsx', `bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
