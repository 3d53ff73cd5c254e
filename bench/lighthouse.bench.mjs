// Lighthouse 12.2.3 (mobile: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown) on the
// sign-in page and the Write page, against a server started here on a fresh data folder. Prints
// the performance and accessibility scores and the main timings. A figure, not a test: scores
// move with the machine's load. Needs Chromium (CHROME_PATH, default /usr/bin/chromium).
// Run: node bench/lighthouse.bench.mjs [--runs 1]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
if (!existsSync(chrome)) {
  console.log(`Lighthouse skipped: no Chromium at ${chrome} (set CHROME_PATH).`);
  process.exit(0);
}

// The server and the web app as `npm start` runs them, built from this tree.
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const dataDir = mkdtempSync(join(tmpdir(), 'afterword-lighthouse-'));
const child = spawn(process.execPath, [join(root, 'bin', 'afterword.mjs'), 'serve', '--port', '0', '--data', dataDir], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, LOG_LEVEL: 'error' },
});
const url = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
    const m = /running at (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
});

/** One Lighthouse run through its command line (it launches and closes its own Chromium). */
function lighthouse(pageUrl, headers) {
  const out = join(dataDir, 'report.json');
  execFileSync(
    join(root, 'node_modules', '.bin', 'lighthouse'),
    [
      pageUrl,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      '--chrome-flags=--headless --no-sandbox --disable-gpu',
      ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const ms = (id) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    fcpMs: ms('first-contentful-paint'),
    lcpMs: ms('largest-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? null,
    failedA11y: report.categories.accessibility.auditRefs.map((r) => report.audits[r.id]).filter((a) => a && a.score === 0).map((a) => a.id),
  };
}

/** Lighthouse sometimes loses the trace (NO_NAVSTART) on a busy machine: such a run is repeated, at most twice. */
function lighthouseRetried(pageUrl, headers, tries = 3) {
  try {
    return lighthouse(pageUrl, headers);
  } catch (error) {
    if (tries <= 1) throw error;
    console.log(`  (a run failed and is repeated: ${error.message.split('\n')[0].slice(0, 80)})`);
    return lighthouseRetried(pageUrl, headers, tries - 1);
  }
}

try {
  const setup = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench Owner', credentials: 'LCSW', email: 'bench@example.test', password: 'quiet lantern harbour 9' }),
  });
  if (!setup.ok) throw new Error(`setup answered ${setup.status}`);
  const cookie = setup.headers.getSetCookie()[0].split(';')[0];

  const pages = [
    ['sign-in', `${url}/`, null],
    ['write', `${url}/#/write`, { cookie }],
  ];
  console.log(`Lighthouse 12.2.3, mobile, ${runs} run(s) per page (median by performance)`);
  for (const [name, pageUrl, headers] of pages) {
    const results = Array.from({ length: runs }, () => lighthouseRetried(pageUrl, headers)).sort((a, b) => a.performance - b.performance);
    const r = results[Math.floor(results.length / 2)];
    console.log(
      `${name.padEnd(8)} performance ${r.performance}${runs > 1 ? ` (runs: ${results.map((x) => x.performance).join(', ')})` : ''}  accessibility ${r.accessibility}  FCP ${r.fcpMs} ms  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls?.toFixed(3)}` +
        (r.failedA11y.length ? `  failing: ${r.failedA11y.join(', ')}` : ''),
    );
  }
} finally {
  child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
