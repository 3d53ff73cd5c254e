// `afterword serve [--port N] [--data DIR] [--host H]`: the web application.
// Wired into the `afterword` command by src/cli/main.ts; also usable on its own.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '#server';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  /** From AFTERWORD_IDLE_MINUTES; the server's default (30) when absent. */
  idleTimeoutSeconds?: number;
  /** From AFTERWORD_COMPOSE_BUDGET_MS and AFTERWORD_COMPOSE_WORKERS; the server's defaults when absent. */
  composeBudgetMs?: number;
  composeWorkers?: number;
}

const USAGE = 'usage: afterword serve [--port N] [--data DIR] [--host 127.0.0.1]';

/** Reads flags, then env (PORT, AFTERWORD_DATA, HOST), then defaults (8080, ./data, 127.0.0.1). */
export function parseServeArgs(args: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    const match = /^--(port|data|host)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown option ${arg}\n${USAGE}`);
    const value = match[2] ?? args[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value\n${USAGE}`);
    flags.set(match[1] as string, value);
  }
  const portText = flags.get('port') ?? env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not ${portText}`);
  const idle = env.AFTERWORD_IDLE_MINUTES ? Number(env.AFTERWORD_IDLE_MINUTES) : undefined;
  if (idle !== undefined && !(idle >= 1 && idle <= 24 * 60)) throw new Error('AFTERWORD_IDLE_MINUTES must be between 1 and 1440');
  const budget = env.AFTERWORD_COMPOSE_BUDGET_MS ? Number(env.AFTERWORD_COMPOSE_BUDGET_MS) : undefined;
  if (budget !== undefined && !(Number.isInteger(budget) && budget >= 100 && budget <= 600_000)) {
    throw new Error('AFTERWORD_COMPOSE_BUDGET_MS must be a whole number of milliseconds between 100 and 600000');
  }
  const workers = env.AFTERWORD_COMPOSE_WORKERS ? Number(env.AFTERWORD_COMPOSE_WORKERS) : undefined;
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new Error('AFTERWORD_COMPOSE_WORKERS must be a whole number between 1 and 64');
  return {
    port,
    host: flags.get('host') ?? env.HOST ?? '127.0.0.1',
    dataDir: resolve(flags.get('data') ?? env.AFTERWORD_DATA ?? 'data'),
    ...(idle !== undefined ? { idleTimeoutSeconds: Math.round(idle * 60) } : {}),
    ...(budget !== undefined ? { composeBudgetMs: budget } : {}),
    ...(workers !== undefined ? { composeWorkers: workers } : {}),
  };
}

/**
 * Starts the server and keeps it running until SIGINT/SIGTERM.
 * @example await runServe(['--port', '8080', '--data', './data']);
 */
export async function runServe(args: string[]): Promise<void> {
  const options = parseServeArgs(args);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const server = await startServer({
    port: options.port,
    host: options.host,
    dataDir: options.dataDir,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    config: {
      ...(options.idleTimeoutSeconds ? { idleTimeoutSeconds: options.idleTimeoutSeconds } : {}),
      ...(options.composeBudgetMs ? { composeBudgetMs: options.composeBudgetMs } : {}),
      ...(options.composeWorkers ? { composeWorkers: options.composeWorkers } : {}),
    },
  });
  process.stdout.write(`Afterword is running at ${server.url}\nData folder: ${options.dataDir}\n`);
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
