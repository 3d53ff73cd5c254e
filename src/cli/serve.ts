// `afterword serve`: the web application. Options are parsed from the table in serve-options.ts.
import { mkdirSync } from 'node:fs';
import { startServer } from '#server';
import { CliError, EXIT_FAILURE } from './cli-error.ts';
import { describeFileError } from './read-input.ts';
import type { ServeOptions } from './serve-options.ts';

/**
 * Starts the server and keeps it running until SIGINT/SIGTERM.
 * @example await runServe(parsedServeOptions);
 */
export async function runServe(options: ServeOptions): Promise<void> {
  try {
    mkdirSync(options.data, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new CliError(`Cannot create the data folder ${options.data}: ${describeFileError(error)}. Choose another with --data DIR.`, EXIT_FAILURE);
  }
  const server = await startServer({
    port: options.port,
    host: options.host,
    dataDir: options.data,
    logger: { level: options['log-level'] },
    ...(options['idle-minutes'] ? { config: { idleTimeoutSeconds: Math.round(options['idle-minutes'] * 60) } } : {}),
  }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`Port ${options.port} on ${options.host} is in use. Choose another with --port N (or PORT), or 0 for a free one.`, EXIT_FAILURE);
    if (code === 'EACCES') throw new CliError(`No permission to listen on port ${options.port}. Ports below 1024 need privileges; choose another with --port N.`, EXIT_FAILURE);
    if (code === 'EADDRNOTAVAIL') throw new CliError(`This machine has no address ${options.host}. Choose another with --host HOST.`, EXIT_FAILURE);
    throw error;
  });
  process.stdout.write(`Afterword is running at ${server.url}\nData folder: ${options.data}\n`);
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
