// Runs the real `afterword` command from source (node + tsx, as a user's shell would run it),
// and, for a server, waits for the address it prints.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** `afterword` from source; the built bundle (bin/afterword.mjs) is tested in serve.test.ts. */
export const AFTERWORD = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
/** Variables that would change what serve does if the test machine had them set. */
const CLEAN_ENV = {
  PORT: '',
  HOST: '',
  AFTERWORD_DATA: '',
  AFTERWORD_IDLE_MINUTES: '',
  LOG_LEVEL: '',
  AFTERWORD_KEY: '',
  DATABASE_URL: '',
  AFTERWORD_PUBLIC_URL: '',
  AFTERWORD_TLS_CERT: '',
  AFTERWORD_TLS_KEY: '',
  AFTERWORD_TRUST_PROXY: '',
  AFTERWORD_TRANSCRIBE_URL: '',
  AFTERWORD_TRANSCRIBE_MODEL: '',
  AFTERWORD_TRANSCRIBE_ALLOW_REMOTE: '',
  AFTERWORD_WHISPER_MODEL: '',
};

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Standard output as bytes, with `encoding: 'buffer'` (a PDF). */
  stdoutBytes?: Buffer;
}

export interface RunCliOptions {
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** 'buffer' keeps standard output as bytes too (binary output). */
  encoding?: 'utf8' | 'buffer';
}

/** Runs `afterword ...args` to the end. */
export function runCli(args: string[], options: RunCliOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [...AFTERWORD, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, ...CLEAN_ENV, ...options.env },
    timeout: 30_000,
  });
  const stdout = run.stdout.toString('utf8');
  return { status: run.status, stdout, stderr: run.stderr.toString('utf8'), ...(options.encoding === 'buffer' ? { stdoutBytes: run.stdout } : {}) };
}

export interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  /** The address `afterword serve` printed. */
  url: string;
  output: string;
  stop(): Promise<void>;
}

/** Starts `node ...command` and resolves once it prints "running at URL". */
export async function startServe(command: string[], env: Record<string, string> = {}): Promise<RunningCli> {
  const child = spawn(process.execPath, command, { env: { ...process.env, ...CLEAN_ENV, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      // A hang detector, not a speed check: under strace on a loaded machine the server's start
      // (migrations, compose workers warming up) has taken over 20 s.
      const timer = setTimeout(() => reject(new Error(`no address printed: ${output}`)), 60_000);
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /running at (https?:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}: ${output}`));
      });
    });
    return { child, url, output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `afterword ...args` to the end without blocking this process (which may serve what the command calls). */
export function runCliAsync(args: string[], options: Omit<RunCliOptions, 'encoding'> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [...AFTERWORD, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...CLEAN_ENV, ...options.env }, timeout: 30_000 });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}
