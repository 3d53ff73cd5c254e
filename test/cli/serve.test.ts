// `afterword serve` as a user starts it: a real process, a free port, a fresh data folder.
import { mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AFTERWORD, ROOT, runCli, startServe } from './run-cli.ts';

const folders: string[] = [];
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-serve-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('afterword serve', () => {
  // `npm start` is `node bin/afterword.mjs serve` on the built bundle; the other runs the
  // TypeScript source. Both must start.
  it.each([
    ['the built command (npm start)', [join(ROOT, 'bin', 'afterword.mjs'), 'serve']],
    ['the command from source', [...AFTERWORD, 'serve']],
  ])('%s creates the data folder, prints the address, answers health, and stops on SIGTERM', async (_name, command) => {
    const dataDir = join(tempFolder(), 'data');
    const started = Date.now();
    const server = await startServe([...command, '--port', '0', '--data', dataDir]);
    try {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true });
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(existsSync(join(dataDir, 'afterword.db'))).toBe(true);
      expect(statSync(join(dataDir, 'afterword.key')).mode & 0o777).toBe(0o600);
      expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: true });
    } finally {
      await server.stop();
    }
    expect(server.child.exitCode ?? server.child.signalCode).not.toBeNull();
  });

  it('reads PORT and AFTERWORD_DATA when no flag is given, and a flag wins over its variable', async () => {
    const fromEnv = join(tempFolder(), 'from-env');
    const fromFlag = join(tempFolder(), 'from-flag');

    const envOnly = await startServe([...AFTERWORD, 'serve'], { PORT: '0', AFTERWORD_DATA: fromEnv });
    await envOnly.stop();
    expect(envOnly.url).not.toMatch(/:8080$/);
    expect(envOnly.output).toContain(`Data folder: ${fromEnv}`);

    const flagWins = await startServe([...AFTERWORD, 'serve', '--port=0', '--data', fromFlag], { PORT: '1', AFTERWORD_DATA: fromEnv });
    await flagWins.stop();
    expect(flagWins.output).toContain(`Data folder: ${fromFlag}`);
  });

  it('says which port is busy instead of "unexpected error" (exit 1)', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const run = runCli(['serve', '--port', String(port), '--data', join(tempFolder(), 'data')]);
      expect(run.stderr).toContain(`Port ${port} on 127.0.0.1 is in use. Choose another with --port N`);
      expect(run.stderr).not.toContain('unexpected error');
      expect(run.status).toBe(1);
    } finally {
      busy.close();
    }
  });

  it('says when the data folder cannot be made (exit 1)', () => {
    const file = join(tempFolder(), 'a-file');
    writeFileSync(file, '');
    const run = runCli(['serve', '--port', '0', '--data', join(file, 'data')]);
    expect(run.stderr).toContain(`Cannot create the data folder ${join(file, 'data')}: a part of the path is a file, not a folder. Choose another with --data DIR.`);
    expect(run.status).toBe(1);
  });
});
