// Vitest globalSetup for the 'postgres' project: gives the server API tests a real PostgreSQL.
// AFTERWORD_TEST_DATABASE_URL (an admin URL such as postgres://user@host/postgres) is used as is;
// otherwise a throwaway cluster is started from the local binaries on a free 127.0.0.1 port and
// removed afterwards. The admin URL reaches the tests through provide/inject, so only this
// project's tests see it (the 'sqlite' project runs the same files on SQLite).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of a PostgreSQL server; each test server creates its own database on it. */
    postgresAdminUrl: string;
  }
}

const START_TIMEOUT_MS = 20_000;

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, or undefined. */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

/** PostgreSQL is reachable for the tests: configured, or installed so that we can start one. */
export function postgresAvailable(): boolean {
  return Boolean(process.env.AFTERWORD_TEST_DATABASE_URL) || findPostgresBin() !== undefined;
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const configured = process.env.AFTERWORD_TEST_DATABASE_URL;
  if (configured) {
    project.provide('postgresAdminUrl', configured);
    return undefined;
  }
  const bin = findPostgresBin();
  if (!bin) {
    console.log('PostgreSQL tests skipped: postgresql is not installed (CI installs it).');
    return undefined;
  }
  const cluster = await startCluster(bin);
  project.provide('postgresAdminUrl', cluster.url);
  process.once('exit', cluster.stop); // if Vitest dies before teardown
  return cluster.stop;
}

async function startCluster(bin: string): Promise<{ url: string; stop(): void }> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'afterword-pg-'));
  // initdb and postgres refuse to run as root: as root, run them as the package's postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(run('id', ['-u', 'postgres']).trim());
    const gid = Number(run('id', ['-g', 'postgres']).trim());
    chownSync(dir, uid, gid);
  }
  const pg = (tool: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args));

  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        pg('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-s']);
      } catch {
        // Already gone; the folder is removed either way.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    const port = await freePort();
    const options = ['-c listen_addresses=127.0.0.1', `-p ${port}`, `-k ${dir}`, '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
    pg('pg_ctl', ['start', '-D', data, '-l', log, '-W', '-o', options.join(' ')]);
    await waitUntilReady(bin, port, log, asRoot);
    console.log(`PostgreSQL tests: throwaway cluster on 127.0.0.1:${port} (${dir}), ready in ${Date.now() - started} ms`);
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    const tail = existsSync(log) ? `\n--- postgres.log ---\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    stop();
    throw new Error(`Could not start a PostgreSQL cluster for the tests: ${(error as Error).message}${tail}`);
  }
}

async function waitUntilReady(bin: string, port: number, log: string, asRoot: boolean): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-q'];
  for (;;) {
    const ready = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_isready'), ...args]) : spawnSync(join(bin, 'pg_isready'), args);
    if (ready.status === 0) return;
    if (Date.now() > deadline) throw new Error(`not accepting connections on port ${port} after ${START_TIMEOUT_MS / 1000} s (log: ${log})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr.trim()}`);
  return result.stdout;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
