// `afterword serve`: the web application. Options are parsed from the table in serve-options.ts.
import { mkdirSync, readFileSync } from 'node:fs';
import { StartupError, startServer } from '#server';
import { findWhisperProblem, whisperModelDigest } from '#transcription';
import { CliError, EXIT_FAILURE } from './cli-error.ts';
import { describeFileError } from './read-input.ts';
import type { ServeOptions } from './serve-options.ts';

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

function readPem(path: string, flag: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`Cannot read ${flag} ${path}: ${describeFileError(error)}.`);
  }
}

/**
 * Starts the server and keeps it running until SIGINT/SIGTERM.
 * @example await runServe(parsedServeOptions);
 */
export async function runServe(options: ServeOptions): Promise<void> {
  const certFile = options['tls-cert'];
  const keyFile = options['tls-key'];
  const tls = certFile && keyFile ? { cert: readPem(certFile, '--tls-cert'), key: readPem(keyFile, '--tls-key') } : undefined;
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
    ...(tls ? { tls } : {}),
    config: {
      ...(options['idle-minutes'] ? { idleTimeoutSeconds: Math.round(options['idle-minutes'] * 60) } : {}),
      ...(options['public-url'] ? { publicUrl: options['public-url'] } : {}),
      ...(options['trust-proxy'] ? { trustProxy: options['trust-proxy'] } : {}),
      ...(options['compose-budget-ms'] ? { composeBudgetMs: options['compose-budget-ms'] } : {}),
      ...(options['compose-workers'] ? { composeWorkers: options['compose-workers'] } : {}),
      ...(options['whisper-model'] ? { whisperModel: options['whisper-model'] } : {}),
      ...(options['whisper-sha256'] ? { whisperSha256: options['whisper-sha256'] } : {}),
    },
  }).catch((error: unknown) => {
    // A key that is missing, unreadable, malformed or readable by others: its message says what to do.
    if (error instanceof StartupError) throw new CliError(error.message, EXIT_FAILURE);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`Port ${options.port} on ${options.host} is in use. Choose another with --port N (or PORT), or 0 for a free one.`, EXIT_FAILURE);
    if (code === 'EACCES') throw new CliError(`No permission to listen on port ${options.port}. Ports below 1024 need privileges; choose another with --port N.`, EXIT_FAILURE);
    if (code === 'EADDRNOTAVAIL') throw new CliError(`This machine has no address ${options.host}. Choose another with --host HOST.`, EXIT_FAILURE);
    if (tls && /PEM|key|certificate/i.test((error as Error).message ?? '')) {
      throw new CliError('The TLS certificate or key could not be used: give a PEM certificate (--tls-cert) and its matching private key (--tls-key).');
    }
    throw error;
  });
  const listening = server.publicUrl === server.url ? '' : ` (listening on ${server.url})`;
  const whisperModel = options['whisper-model'];
  const whisperProblem = findWhisperProblem(whisperModel);
  if (whisperProblem) process.stderr.write(`afterword: ${whisperProblem}\n`);
  process.stdout.write(`Afterword is running at ${server.publicUrl}${listening}\nData folder: ${options.data}\n`);
  // The digest to pin (--whisper-sha256), or the warning that the pinned one no longer matches.
  if (whisperModel && !whisperProblem) {
    await describeWhisperModel(whisperModel, options['whisper-sha256']).catch(() => process.stderr.write(`afterword: the files of the Whisper model in ${whisperModel} could not be read to compute their SHA-256.\n`));
  }
  if (!options['public-url'] && !LOOPBACK_HOSTS.includes(options.host)) {
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

async function describeWhisperModel(modelDir: string, pinned: string | undefined): Promise<void> {
  const digest = await whisperModelDigest(modelDir);
  if (!pinned) process.stdout.write(`Dictation: the Whisper model in ${modelDir} (SHA-256 ${digest}; pin it with --whisper-sha256)\n`);
  else if (pinned.trim().toLowerCase() === digest) process.stdout.write(`Dictation: the Whisper model in ${modelDir} (SHA-256 as pinned)\n`);
  else process.stderr.write(`afterword: the Whisper model in ${modelDir} has SHA-256 ${digest}, not the ${pinned.trim()} it was pinned to: dictation to it is refused until the digest matches.\n`);
}
