// Bytes the browser downloads to show each page for the first time: the built JS and CSS that
// index.html loads, plus the page's own lazy chunk and the chunks it imports (docs/decisions-web.md,
// "split by route"). Prints raw, gzip (level 9, what a server typically sends) and brotli sizes per
// route, and the gzip budget of the first page (sign-in, then Write): 150 KB of JS and CSS.
// Run: node bench/web-size.bench.mjs [--modules]   (--modules lists the biggest modules per chunk)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_GZIP = 150 * 1024;
const outDir = mkdtempSync(join(tmpdir(), 'afterword-web-size-'));
const moduleSizes = new Map();

try {
  await build({
    configFile: join(root, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, manifest: true, emptyOutDir: true },
    plugins: [
      {
        name: 'afterword-module-sizes',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue;
            const sizes = Object.entries(chunk.modules).map(([id, m]) => [id.replace(root, '').replace(/^.*node_modules\//, 'npm:'), m.renderedLength]);
            moduleSizes.set(chunk.fileName, sizes.sort((a, b) => b[1] - a[1]));
          }
        },
      },
    ],
  });

  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const sizeOf = (file) => {
    const bytes = readFileSync(join(outDir, file));
    return {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  // A chunk and everything it imports statically (what Vite preloads with it), with their CSS.
  const closure = (key, files = new Set()) => {
    const item = manifest[key];
    if (!item || files.has(item.file)) return files;
    files.add(item.file);
    for (const css of item.css ?? []) files.add(css);
    for (const imported of item.imports ?? []) closure(imported, files);
    return files;
  };
  const initial = closure(entryKey);
  const routes = [
    ['sign-in, setup (first page)', null],
    ['write (first page after sign-in)', 'src/compose/write-note-page.tsx'],
    ['notes (history)', 'src/history/history-page.tsx'],
    ['note review', 'src/review/review-page.tsx'],
    ['clients', 'src/clients/clients-page.tsx'],
    ['settings', 'src/settings/settings-page.tsx'],
    ['to co-sign', 'src/supervision/supervision-page.tsx'],
    ['audit log', 'src/audit/audit-page.tsx'],
  ];
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log(`${'route'.padEnd(34)}${'files'.padStart(6)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  const totals = {};
  for (const [name, key] of routes) {
    if (key && !manifest[key]) throw new Error(`${key} is not a chunk of its own: is the page still lazy (web/src/app/lazy-pages.ts)?`);
    const files = key ? closure(key, new Set(initial)) : initial;
    files.add('index.html');
    const sum = { raw: 0, gzip: 0, brotli: 0 };
    for (const f of files) for (const [k, v] of Object.entries(sizeOf(f))) sum[k] += v;
    totals[name] = sum;
    console.log(`${name.padEnd(34)}${String(files.size).padStart(6)} ${kb(sum.raw)} ${kb(sum.gzip)} ${kb(sum.brotli)}`);
  }
  const firstPage = Math.max(totals[routes[0][0]].gzip, totals[routes[1][0]].gzip);
  console.log(`\nfirst page (sign-in, Write), JS + CSS + HTML gzipped: ${kb(firstPage).trim()} of a ${kb(BUDGET_GZIP).trim()} budget${firstPage > BUDGET_GZIP ? ' (OVER BUDGET)' : ''}`);

  if (process.argv.includes('--modules')) {
    for (const [file, sizes] of moduleSizes) {
      console.log(`\n${file}`);
      for (const [id, n] of sizes.slice(0, 8)) console.log(`  ${kb(n)}  ${id}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
