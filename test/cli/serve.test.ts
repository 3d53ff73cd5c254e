// `afterword serve` as a user starts it: a real process, a free port, a fresh data folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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
    expect(parseServeArgs([], { AFTERWORD_COMPOSE_BUDGET_MS: '5000', AFTERWORD_COMPOSE_WORKERS: '3' })).toMatchObject({ composeBudgetMs: 5000, composeWorkers: 3 });
    expect(() => parseServeArgs([], { AFTERWORD_COMPOSE_BUDGET_MS: 'soon' })).toThrow(/AFTERWORD_COMPOSE_BUDGET_MS/);
    expect(() => parseServeArgs([], { AFTERWORD_COMPOSE_WORKERS: '0' })).toThrow(/AFTERWORD_COMPOSE_WORKERS/);
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
      expect((await (await fetch(`${url}/api/setup`)).json())).toEqual({ needed: true });
      // Composing runs in a worker thread: its code must be found from the bundle and from source.
      const setup = await fetch(`${url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@practice.test', password: 'correct horse battery' }),
      });
      const { csrfToken } = (await setup.json()) as { csrfToken: string };
      const cookie = (setup.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
      const composed = await fetch(`${url}/api/compose`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ format: 'soap', summary: 'pt reports better sleep. denies SI/HI.' }),
      });
      expect(composed.status).toBe(200);
      expect(((await composed.json()) as { risk: { si: string } }).risk.si).toBe('denied');
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
