// Bundles the command line (and server) into dist/ so `npx afterword` starts fast.
// Dependencies stay external: they are installed in node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });

await build({
  // The composer's worker threads start dist/compose-worker.mjs (src/compose-pool), and the local
  // Whisper model's thread dist/whisper-worker.mjs (src/transcription).
  entryPoints: { afterword: 'src/cli/main.ts', 'compose-worker': 'src/compose-pool/compose-worker.ts', 'whisper-worker': 'src/transcription/whisper-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The server is a lazily loaded chunk, so `note` and `batch` do not load Fastify and SQLite.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
});
