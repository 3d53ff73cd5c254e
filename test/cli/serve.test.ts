// `afterword serve` as a user starts it: a real process, a free port, a fresh data folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/parse-command.ts';
import { SERVE_COMMAND } from '../../src/cli/serve-options.ts';
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
    const server = await startServe([...command, '--port', '0', '--data', dataDir]);
    try {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true });
      expect(existsSync(join(dataDir, 'afterword.db'))).toBe(true);
      expect(statSync(join(dataDir, 'afterword.key')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'afterword.db')).mode & 0o777).toBe(0o600);
      expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ needed: true });
      // Composing runs in a worker thread: its code must be found from the bundle and from source.
      const setup = await fetch(`${server.url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@practice.test', password: 'correct horse battery' }),
      });
      const { csrfToken } = (await setup.json()) as { csrfToken: string };
      const cookie = (setup.headers.getSetCookie()[0] ?? '').split(';')[0] as string;
      const composed = await fetch(`${server.url}/api/compose`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ format: 'soap', summary: 'pt reports better sleep. denies SI/HI.' }),
      });
      expect(composed.status).toBe(200);
      expect(((await composed.json()) as { risk: { si: string } }).risk.si).toBe('denied');
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

  it('reads the network options: --public-url (or AFTERWORD_PUBLIC_URL), --tls-cert/--tls-key, --trust-proxy', () => {
    const values = (args: string[], env: Record<string, string> = {}) => {
      const parsed = parseCommand(SERVE_COMMAND, args, env);
      if (parsed.help) throw new Error('help asked');
      return parsed.values;
    };
    expect(values([])).toMatchObject({ 'public-url': undefined, 'tls-cert': undefined, 'tls-key': undefined, 'trust-proxy': undefined });
    expect(values(['--public-url', 'https://notes.example.org/'])['public-url']).toBe('https://notes.example.org');
    expect(values([], { AFTERWORD_PUBLIC_URL: 'http://10.0.0.5:8080' })['public-url']).toBe('http://10.0.0.5:8080');
    expect(values(['--tls-cert', '/x/cert.pem', '--tls-key', '/x/key.pem', '--trust-proxy', 'loopback'])).toMatchObject({
      'tls-cert': '/x/cert.pem',
      'tls-key': '/x/key.pem',
      'trust-proxy': 'loopback',
    });
    expect(values([], { AFTERWORD_TLS_CERT: 'cert.pem', AFTERWORD_TLS_KEY: 'key.pem' })['tls-cert']).toBe(join(process.cwd(), 'cert.pem'));
    expect(values([], { AFTERWORD_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' })['trust-proxy']).toBe('127.0.0.1,10.0.0.0/8');
  });

  it('names the local Whisper model with the SHA-256 to pin it by, and warns when a pinned one no longer matches', async () => {
    const model = join(ROOT, 'test', 'support', 'whisper-test-model');
    const printed = async (env: Record<string, string>): Promise<string> => {
      const server = await startServe([...AFTERWORD, 'serve', '--port', '0', '--data', tempFolder(), '--whisper-model', model], env);
      let text = server.output;
      server.child.stdout.on('data', (c: Buffer) => (text += c.toString()));
      server.child.stderr.on('data', (c: Buffer) => (text += c.toString()));
      try {
        await expect.poll(() => text, { timeout: 20_000 }).toMatch(/Dictation: |pinned to/);
      } finally {
        await server.stop();
      }
      return text;
    };
    const plain = await printed({});
    const digest = /\(SHA-256 ([0-9a-f]{64}); pin it with --whisper-sha256\)/.exec(plain)?.[1];
    expect(plain).toContain(`Dictation: the Whisper model in ${model} (SHA-256 `);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await printed({ AFTERWORD_WHISPER_SHA256: digest! })).toContain(`Dictation: the Whisper model in ${model} (SHA-256 as pinned)`);
    expect(await printed({ AFTERWORD_WHISPER_SHA256: '0'.repeat(64) })).toContain(`has SHA-256 ${digest}, not the ${'0'.repeat(64)} it was pinned to: dictation to it is refused until the digest matches.`);
  });

  it('reads the compose options: --compose-budget-ms and --compose-workers (or their variables)', () => {
    const values = (args: string[], env: Record<string, string> = {}) => {
      const parsed = parseCommand(SERVE_COMMAND, args, env);
      if (parsed.help) throw new Error('help asked');
      return parsed.values;
    };
    expect(values([])).toMatchObject({ 'compose-budget-ms': undefined, 'compose-workers': undefined });
    expect(values([], { AFTERWORD_COMPOSE_BUDGET_MS: '5000', AFTERWORD_COMPOSE_WORKERS: '3' })).toMatchObject({ 'compose-budget-ms': 5000, 'compose-workers': 3 });
    expect(values(['--compose-budget-ms', '800'], { AFTERWORD_COMPOSE_BUDGET_MS: '5000' })['compose-budget-ms']).toBe(800);
  });

  // [what the user typed, environment, what the message must say]; each exits 2 before a server starts.
  it.each([
    [['serve', '--public-url', 'notes.example.org'], {}, 'afterword: --public-url must be an address such as https://notes.example.org, not "notes.example.org".'],
    [['serve', '--public-url', 'https://notes.example.org/app'], {}, 'afterword: --public-url must be only a scheme, host and port, such as https://notes.example.org:8443, not "https://notes.example.org/app".'],
    [['serve'], { AFTERWORD_PUBLIC_URL: 'ftp://notes.example.org' }, 'afterword: AFTERWORD_PUBLIC_URL must be only a scheme, host and port'],
    [['serve', '--tls-cert', 'cert.pem'], {}, 'afterword: --tls-cert and --tls-key go together: give both files (PEM), or neither'],
    [['serve'], { AFTERWORD_TLS_KEY: 'key.pem' }, 'afterword: --tls-cert and --tls-key go together'],
    [['serve', '--tls-cert', 'missing-cert.pem', '--tls-key', 'missing-key.pem'], {}, `afterword: Cannot read --tls-cert ${join(ROOT, 'missing-cert.pem')}: no such file.`],
    [['serve', '--trust-proxy', 'everyone'], {}, 'afterword: --trust-proxy must be the proxies to trust, comma-separated: addresses (10.0.0.2), ranges (10.0.0.0/8) or loopback'],
    [['serve', '--trust-proxy', '10.0.0.0/99'], {}, 'afterword: --trust-proxy must be the proxies to trust'],
    [['serve'], { AFTERWORD_COMPOSE_BUDGET_MS: 'soon' }, 'afterword: AFTERWORD_COMPOSE_BUDGET_MS must be a whole number of milliseconds from 100 to 600000, not "soon".'],
    [['serve', '--compose-workers', '0'], {}, 'afterword: --compose-workers must be a whole number of threads from 1 to 64, not "0".'],
  ])('afterword %j %j says what to fix', (args, env, message) => {
    const run = runCli(args, { env });
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });

  it('says what is wrong with the key instead of "unexpected error" (exit 1)', () => {
    const dataDir = join(tempFolder(), 'data');
    mkdirSync(dataDir);
    const keyPath = join(dataDir, 'afterword.key');
    writeFileSync(keyPath, `${Buffer.alloc(32, 1).toString('base64')}\n`, { mode: 0o644 });
    chmodSync(keyPath, 0o644);
    const run = runCli(['serve', '--port', '0', '--data', dataDir]);
    expect(run.stderr).toContain(`chmod 600 ${keyPath}`);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.status).toBe(1);
  });

  it('serves HTTPS with --tls-cert/--tls-key (PEM files, also from AFTERWORD_TLS_CERT/AFTERWORD_TLS_KEY) and prints the --public-url', async () => {
    const dir = tempFolder();
    // A self-signed certificate for localhost, made here with the system's openssl.
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const server = await startServe([...AFTERWORD, 'serve', '--port', '0', '--data', join(dir, 'data'), '--public-url', 'https://localhost:8443'], {
      AFTERWORD_TLS_CERT: join(dir, 'cert.pem'),
      AFTERWORD_TLS_KEY: join(dir, 'key.pem'),
    });
    try {
      expect(server.url).toBe('https://localhost:8443');
      const port = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(server.output)?.[1];
      expect(port).toBeDefined();
      const health = await new Promise<{ status: number; hsts: unknown }>((resolve, reject) => {
        const req = httpsRequest({ host: '127.0.0.1', port: Number(port), path: '/api/health', ca: readFileSync(join(dir, 'cert.pem')), headers: { host: 'localhost:8443' }, servername: 'localhost' }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, hsts: res.headers['strict-transport-security'] }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(health).toEqual({ status: 200, hsts: 'max-age=31536000' });
    } finally {
      await server.stop();
    }
  });

  it('says when the certificate is not PEM (exit 2)', () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'cert.pem'), 'not a certificate');
    writeFileSync(join(dir, 'key.pem'), 'not a key');
    const run = runCli(['serve', '--port', '0', '--data', join(dir, 'data'), '--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'key.pem')]);
    expect(run.stderr).toContain('afterword: The TLS certificate or key could not be used: give a PEM certificate (--tls-cert) and its matching private key (--tls-key).');
    expect(run.status).toBe(2);
  });
});
