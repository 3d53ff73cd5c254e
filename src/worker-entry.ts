// Where a worker thread's code is. From the TypeScript source (tests, benchmarks, `tsx`) the
// worker starts load-ts-worker.mjs, which registers tsx and then loads NAME.ts beside the caller;
// in the built command it is dist/NAME.mjs, beside or above the chunk that starts it
// (scripts/build.mjs makes each one).
import { existsSync } from 'node:fs';

/**
 * Null when the built worker is missing.
 * @example const entry = workerEntry(import.meta.url, 'compose-worker'); new Worker(entry.url, { workerData: entry.workerData });
 */
export function workerEntry(callerUrl: string, name: string): { url: URL; workerData?: { entry: string } } | null {
  if (callerUrl.endsWith('.ts')) return { url: new URL('./load-ts-worker.mjs', import.meta.url), workerData: { entry: new URL(`./${name}.ts`, callerUrl).href } };
  for (const candidate of [`./${name}.mjs`, `../${name}.mjs`]) {
    const url = new URL(candidate, callerUrl);
    if (existsSync(url)) return { url };
  }
  return null;
}
