// Starts a worker thread (the composer's, the local Whisper model's) from the TypeScript source
// (tests, benchmarks, `tsx`): a worker does not inherit the parent's loader, so it registers tsx
// itself before loading the entry (src/worker-entry.ts). The built command (dist/) starts
// dist/compose-worker.mjs and dist/whisper-worker.mjs directly and never uses this file.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
