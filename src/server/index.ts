// Public face of the server: start it, stop it.
import { openStore, type PurgeReport, type Store } from '#store';
import { buildApp } from './build-app.ts';
import type { LoggerSettings } from './logging/create-logger-options.ts';
import { schedulePurge } from './purge/schedule-purge.ts';
import { DEFAULT_CONFIG, type ServerConfig } from './server-config.ts';
import { findWebDir } from './web/find-web-dir.ts';

export type { ServerConfig } from './server-config.ts';
export type { LoggerSettings } from './logging/create-logger-options.ts';

export interface StartServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** PostgreSQL instead of SQLite (default: env DATABASE_URL). */
  databaseUrl?: string;
  /** Base64 master key (default: env AFTERWORD_KEY, else the key file in dataDir). */
  key?: string;
  /** false for silence (tests); default info level to stdout. */
  logger?: LoggerSettings | false;
  config?: Partial<ServerConfig>;
  /** A clock for tests (retention, idle timeout, lockout). */
  now?: () => Date;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
  /** Runs the retention purge at once (it also runs at start and hourly). */
  purgeNow(): Promise<PurgeReport>;
  store: Store;
}

/**
 * Opens the store in dataDir, runs migrations and the retention purge, and listens.
 * @example const server = await startServer({ port: 0, dataDir: '/tmp/aw' }); await fetch(`${server.url}/api/health`);
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const store = await openStore({
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl ?? process.env.DATABASE_URL,
    key: options.key ?? process.env.AFTERWORD_KEY,
    ...(options.now ? { now: options.now } : {}),
  });
  const config: ServerConfig = { ...DEFAULT_CONFIG, webDir: findWebDir(), ...options.config };
  const app = await buildApp({ store, config, logger: options.logger ?? {} });
  const purge = schedulePurge(store, app.log);
  try {
    await purge.runNow();
    await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    purge.stop();
    await app.close();
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}`,
    store,
    purgeNow: purge.runNow,
    async close() {
      purge.stop();
      await app.close();
      await store.close();
    },
  };
}
