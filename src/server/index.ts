// Public face of the server: start it, stop it.
import { markServerRunning, openStore, type PurgeReport, type Store } from '#store';
import { buildApp, type TlsFiles } from './build-app.ts';
import type { LoggerSettings } from './logging/create-logger-options.ts';
import { schedulePurge } from './purge/schedule-purge.ts';
import { DEFAULT_CONFIG, type ServerConfig } from './server-config.ts';
import { findWebDir } from './web/find-web-dir.ts';

export type { ServerConfig } from './server-config.ts';
export type { LoggerSettings } from './logging/create-logger-options.ts';
export type { TlsFiles } from './build-app.ts';
export { StartupError } from '#store';

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
  /** Certificate and key (PEM contents): serve HTTPS. */
  tls?: TlsFiles;
}

export interface RunningServer {
  /** Where this process listens (http:// or https://, a loopback name when bound to all addresses). */
  url: string;
  /** The address people use: --public-url when set, else `url`. */
  publicUrl: string;
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
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const store = await openStore({
    dataDir: options.dataDir,
    databaseUrl,
    key: options.key ?? process.env.AFTERWORD_KEY,
    ...(options.now ? { now: options.now } : {}),
  });
  // Says "a server runs here" until close, so `afterword rotate-key` refuses meanwhile.
  const mark = await markServerRunning({ dataDir: options.dataDir, databaseUrl: databaseUrl || undefined }).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const config: ServerConfig = { ...DEFAULT_CONFIG, webDir: findWebDir(), ...options.config };
  // The cookie is Secure on every answer when the origin people use is https.
  if (options.tls || config.publicUrl?.startsWith('https:')) config.secureCookie = true;
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    app = await buildApp({ store, config, logger: options.logger ?? {}, ...(options.tls ? { tls: options.tls } : {}) });
  } catch (error) {
    await mark.release();
    await store.close();
    throw error;
  }
  const purge = schedulePurge(store, app.log);
  try {
    await purge.runNow();
    await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    purge.stop();
    await app.close();
    await mark.release();
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `${options.tls ? 'https' : 'http'}://${urlHost}:${port}`;
  return {
    url,
    publicUrl: config.publicUrl ?? url,
    store,
    purgeNow: purge.runNow,
    async close() {
      purge.stop();
      await app.close();
      await mark.release();
      await store.close();
    },
  };
}
