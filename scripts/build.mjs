// Bundles the command line (and server) into dist/ so `npx afterword` starts fast.
// Dependencies stay external: they are installed in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: { afterword: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
