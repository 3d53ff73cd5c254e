// Vite builds the browser interface from web/ into web/dist; the server serves that folder and the
// API under /api on the same origin. In development the dev server proxies /api to the local server.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Text files worth compressing, as the server's own compression chooses them (src/server/register-compression.ts). */
const COMPRESSIBLE_FILE = /\.(?:js|css|html|svg|json|webmanifest)$/;

/**
 * A .br and a .gz beside each text file of the build, made once at the strongest settings, so the
 * server sends them as they are (@fastify/static preCompressed) instead of compressing each asset
 * on every first load (issue 7, Notes page start-up; docs/decisions-web.md).
 */
function precompressAssets(): Plugin {
  return {
    name: 'afterword-precompress-assets',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir;
      if (!dir) return;
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        const file = join(dir, name);
        if (!COMPRESSIBLE_FILE.test(name) || statSync(file).size < 1024) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  // Fast Refresh is React DOM's: under Preact an edit reloads the page in the dev server instead.
  plugins: [react({ refreshExclude: /./ }), precompressAssets()],
  // Preact through its React layer instead of React DOM: the same components and hooks, about
  // 10 KB of runtime instead of 190 KB to parse and run before the first page (issue 9;
  // docs/decisions-web.md). Types stay React's (@types/react); only the runtime changes.
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles in the output: the CSP is default-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
