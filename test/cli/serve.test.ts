// `afterword serve` as a user starts it: a real process, a free port, a fresh data folder.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../src/cli/serve.ts';

describe('afterword serve', () => {
  it('reads flags before env before defaults', () => {
    expect(parseServeArgs([], {})).toMatchObject({ port: 8080, host: '127.0.0.1' });
    expect(parseServeArgs([], { PORT: '9000', AFTERWORD_DATA: '/tmp/x' })).toEqual({ port: 9000, host: '127.0.0.1', dataDir: '/tmp/x' });
    expect(parseServeArgs(['--port', '9100', '--data=/tmp/y'], { PORT: '9000' })).toEqual({ port: 9100, host: '127.0.0.1', dataDir: '/tmp/y' });
    expect(() => parseServeArgs(['--port', 'eighty'], {})).toThrow(/--port/);
    expect(() => parseServeArgs(['--verbose'], {})).toThrow(/unknown option/);
    expect(parseServeArgs([], { AFTERWORD_IDLE_MINUTES: '10' }).idleTimeoutSeconds).toBe(600);
    expect(() => parseServeArgs([], { AFTERWORD_IDLE_MINUTES: '0' })).toThrow(/IDLE/);
  });

  it('reads the network options: --public-url (or AFTERWORD_PUBLIC_URL), --tls-cert/--tls-key, --trust-proxy', () => {
    expect(parseServeArgs(['--public-url', 'https://notes.example.org/'], {}).publicUrl).toBe('https://notes.example.org');
    expect(parseServeArgs([], { AFTERWORD_PUBLIC_URL: 'http://10.0.0.5:8080' }).publicUrl).toBe('http://10.0.0.5:8080');
    expect(() => parseServeArgs(['--public-url', 'notes.example.org'], {})).toThrow(/--public-url must be an address such as https:\/\/notes.example.org/);
    expect(() => parseServeArgs(['--public-url', 'https://notes.example.org/app'], {})).toThrow(/only a scheme, host and port/);
    expect(() => parseServeArgs(['--tls-cert', 'cert.pem'], {})).toThrow(/--tls-cert and --tls-key go together/);
    expect(parseServeArgs(['--tls-cert', '/x/cert.pem', '--tls-key', '/x/key.pem', '--trust-proxy', 'loopback'], {})).toMatchObject({
      tlsCert: '/x/cert.pem',
      tlsKey: '/x/key.pem',
      trustProxy: 'loopback',
    });
  });

  it('says what is wrong with the key instead of "unexpected error"', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'afterword-serve-'));
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir);
    const keyPath = join(dataDir, 'afterword.key');
    writeFileSync(keyPath, `${Buffer.alloc(32, 1).toString('base64')}\n`, { mode: 0o644 });
    chmodSync(keyPath, 0o644);
    try {
      const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'afterword.mjs'), 'serve', '--port', '0', '--data', dataDir], {
        env: { ...process.env, AFTERWORD_KEY: '', DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(result.stderr).toContain(`chmod 600 ${keyPath}`);
      expect(result.stderr).not.toMatch(/unexpected error/);
      expect(result.status).toBe(2);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  // `npm start` is `node bin/afterword.mjs serve` on the built bundle; the fixture runs the
  // TypeScript source directly. Both must start.
  it.each([
    ['the built command (npm start)', [join(import.meta.dirname, '..', '..', 'bin', 'afterword.mjs'), 'serve']],
    ['runServe from source', ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'run-serve.ts')]],
  ])('%s creates the data folder, prints the address, answers health, and stops on SIGTERM', async (_name, command) => {
    const parent = mkdtempSync(join(tmpdir(), 'afterword-serve-'));
    const dataDir = join(parent, 'data');
    const started = Date.now();
    const child = spawn(process.execPath, [...command, '--port', '0', '--data', dataDir], {
      env: { ...process.env, AFTERWORD_KEY: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /running at (http:\/\/\S+)/.exec(out);
          if (match) resolve(match[1] as string);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
        setTimeout(() => reject(new Error(`no address printed: ${out}`)), 20_000);
      });
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ ok: true });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(existsSync(join(dataDir, 'afterword.db'))).toBe(true);
      expect(statSync(join(dataDir, 'afterword.key')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'afterword.db')).mode & 0o777).toBe(0o600);
      expect((await (await fetch(`${url}/api/setup`)).json())).toEqual({ needed: true });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
