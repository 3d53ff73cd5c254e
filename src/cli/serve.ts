// `afterword serve [--port N] [--data DIR] [--host H] [--public-url URL] [--tls-cert FILE --tls-key FILE] [--trust-proxy ADDRS]`:
// the web application. Wired into the `afterword` command by src/cli/main.ts; also usable on its own.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { StartupError, startServer } from '#server';
import { CliError } from './cli-args.ts';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  /** From AFTERWORD_IDLE_MINUTES; the server's default (30) when absent. */
  idleTimeoutSeconds?: number;
  /** The origin people use (scheme, host, port); requests naming another host are refused. */
  publicUrl?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** Reverse proxies to believe (addresses, CIDRs or 'loopback'). */
  trustProxy?: string;
}

const USAGE =
  'usage: afterword serve [--port N] [--data DIR] [--host 127.0.0.1] [--public-url https://notes.example.org] [--tls-cert FILE --tls-key FILE] [--trust-proxy loopback]';
const FLAGS = ['port', 'data', 'host', 'public-url', 'tls-cert', 'tls-key', 'trust-proxy'];

/**
 * Reads flags, then env (PORT, AFTERWORD_DATA, HOST, AFTERWORD_PUBLIC_URL, AFTERWORD_TLS_CERT,
 * AFTERWORD_TLS_KEY, AFTERWORD_TRUST_PROXY), then defaults (8080, ./data, 127.0.0.1).
 */
export function parseServeArgs(args: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') throw new CliError(USAGE);
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match || !FLAGS.includes(match[1] as string)) throw new CliError(`unknown option ${arg}\n${USAGE}`);
    const value = match[2] ?? args[++i];
    if (value === undefined) throw new CliError(`--${match[1]} needs a value\n${USAGE}`);
    flags.set(match[1] as string, value);
  }
  const portText = flags.get('port') ?? env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not ${portText}`);
  const idle = env.AFTERWORD_IDLE_MINUTES ? Number(env.AFTERWORD_IDLE_MINUTES) : undefined;
  if (idle !== undefined && !(idle >= 1 && idle <= 24 * 60)) throw new CliError('AFTERWORD_IDLE_MINUTES must be between 1 and 1440');
  const publicUrl = flags.get('public-url') ?? (env.AFTERWORD_PUBLIC_URL || undefined);
  const tlsCert = flags.get('tls-cert') ?? (env.AFTERWORD_TLS_CERT || undefined);
  const tlsKey = flags.get('tls-key') ?? (env.AFTERWORD_TLS_KEY || undefined);
  const trustProxy = flags.get('trust-proxy') ?? (env.AFTERWORD_TRUST_PROXY || undefined);
  if (Boolean(tlsCert) !== Boolean(tlsKey)) throw new CliError('--tls-cert and --tls-key go together: give both files (PEM), or neither');
  return {
    port,
    host: flags.get('host') ?? env.HOST ?? '127.0.0.1',
    dataDir: resolve(flags.get('data') ?? env.AFTERWORD_DATA ?? 'data'),
    ...(idle !== undefined ? { idleTimeoutSeconds: Math.round(idle * 60) } : {}),
    ...(publicUrl ? { publicUrl: parsePublicUrl(publicUrl) } : {}),
    ...(tlsCert && tlsKey ? { tlsCert: resolve(tlsCert), tlsKey: resolve(tlsKey) } : {}),
    ...(trustProxy ? { trustProxy } : {}),
  };
}

/** An origin: http(s), a host, maybe a port; no path, query or fragment. */
function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(`--public-url must be an address such as https://notes.example.org, not ${text}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new CliError(`--public-url must be only a scheme, host and port, such as https://notes.example.org:8443, not ${text}`);
  }
  return url.origin;
}

function readPem(path: string, flag: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`Cannot read ${flag} ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Starts the server and keeps it running until SIGINT/SIGTERM.
 * @example await runServe(['--port', '8080', '--data', './data']);
 */
export async function runServe(args: string[]): Promise<void> {
  const options = parseServeArgs(args);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const tls = options.tlsCert && options.tlsKey ? { cert: readPem(options.tlsCert, '--tls-cert'), key: readPem(options.tlsKey, '--tls-key') } : undefined;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      port: options.port,
      host: options.host,
      dataDir: options.dataDir,
      logger: { level: process.env.LOG_LEVEL ?? 'warn' },
      ...(tls ? { tls } : {}),
      config: {
        ...(options.idleTimeoutSeconds ? { idleTimeoutSeconds: options.idleTimeoutSeconds } : {}),
        ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
        ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
      },
    });
  } catch (error) {
    if (error instanceof StartupError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`Port ${options.port} is in use: stop the other program or choose another with --port`);
    if (tls && /PEM|key|certificate/i.test((error as Error).message ?? '')) {
      throw new CliError('The TLS certificate or key could not be used: give a PEM certificate (--tls-cert) and its matching private key (--tls-key)');
    }
    throw error;
  }
  process.stdout.write(`Afterword is running at ${server.publicUrl}\nData folder: ${options.dataDir}\n`);
  if (!options.publicUrl && !['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
    process.stdout.write('Only the loopback names (127.0.0.1, localhost) are accepted as the address; set --public-url to the address colleagues use.\n');
  }
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
