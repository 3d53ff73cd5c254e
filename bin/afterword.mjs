#!/usr/bin/env node
// Entry point for `npx afterword`. The bundle is made by `npm install` (prepare);
// if it is missing (installed with --ignore-scripts), build it once first.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { V8_FLAGS } from './v8-flags.mjs';

// Set before the bundle (and any worker thread, which shares them) has compiled a pattern.
setFlagsFromString(V8_FLAGS.join(' '));

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'afterword.mjs');
if (!existsSync(bundle)) {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
await import(pathToFileURL(bundle).href);
