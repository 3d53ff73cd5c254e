// "Nothing leaves", as a test: the workflow runs in a network namespace that has only loopback
// (unshare -n), traced by strace; any connection to an address that is not loopback, and any
// DNS query (port 53, anywhere), fails the test. A control run proves the trace sees attempts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const canIsolate = spawnSync('unshare', ['-n', 'true']).status === 0 && spawnSync('strace', ['-V']).status === 0;
if (!canIsolate) console.log('nothing-leaves: skipped, this machine cannot make a network namespace (unshare -n needs root or user namespaces) or has no strace');

/** Runs `node args` in a loopback-only namespace under strace; returns its output and every outbound attempt seen. */
function runIsolated(args: string[]): { status: number | null; output: string; outbound: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-netns-'));
  const log = join(dir, 'trace.log');
  try {
    const script = `ip link set lo up && exec "${process.execPath}" ${args.map((a) => `'${a}'`).join(' ')}`;
    const run = spawnSync('unshare', ['-n', 'strace', '-f', '-qq', '-e', 'trace=connect,sendto,sendmsg', '-o', log, 'sh', '-c', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, AFTERWORD_DATA: '', DATABASE_URL: '' },
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}`, outbound: outboundAttempts(readFileSync(log, 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The traced calls that address anything but loopback, or port 53. */
function outboundAttempts(trace: string): string[] {
  const attempts: string[] = [];
  for (const line of trace.split('\n')) {
    const v4 = /sin_port=htons\((\d+)\), sin_addr=inet_addr\("([\d.]+)"\)/.exec(line);
    const v6 = /sin6_port=htons\((\d+)\).*inet_pton\(AF_INET6, "([^"]+)"/.exec(line);
    const hit = v4 ?? v6;
    if (!hit) continue;
    const [, port, address] = hit as unknown as [string, string, string];
    const loopback = /^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address);
    if (!loopback || port === '53') attempts.push(line.trim());
  }
  return attempts;
}

describe.skipIf(!canIsolate)('nothing leaves the machine', () => {
  it('the trace sees an outbound connection and a DNS lookup when one is tried (control)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-control-'));
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      "import net from 'node:net'; import dns from 'node:dns';\n" +
        "await new Promise((r) => net.connect(443, '93.184.216.34').on('error', r).on('connect', r));\n" +
        "await new Promise((r) => dns.lookup('example.com', () => r()));\n" +
        "console.log('probed');\n",
    );
    try {
      const run = runIsolated([probe]);
      expect(run.output).toContain('probed');
      expect(run.outbound.some((l) => l.includes('93.184.216.34'))).toBe(true);
      expect(run.outbound.some((l) => l.includes('htons(53)'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server and the CLI go through the whole workflow without one outbound connection or DNS lookup', () => {
    const run = runIsolated(['--import', 'tsx', join(ROOT, 'test', 'privacy', 'nothing-leaves-workflow.ts')]);
    expect(run.output).toContain('WORKFLOW OK');
    expect(run.outbound, `outbound attempts:\n${run.outbound.join('\n')}`).toEqual([]);
  }, 320_000);
});
