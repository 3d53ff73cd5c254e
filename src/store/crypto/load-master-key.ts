// The master key lives outside the database: in AFTERWORD_KEY (base64, 32 bytes) or in
// <dataDir>/afterword.key, created on first run with mode 0600. A copy of afterword.db alone
// therefore reveals no clinical text. Each way this can go wrong gets its own message that says
// what to do: a key file others can read, one that cannot be read, one that is malformed, and a
// missing key for a database that already exists (never silently replaced by a new key, which
// could not read it).
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../startup-error.ts';

export interface LoadMasterKeyOptions {
  dataDir: string;
  /** Base64 of 32 bytes; takes precedence over the key file. */
  envKey?: string | undefined;
  /** True when the database already holds data written under some key: a missing key is then an error. */
  databaseExists: boolean;
}

export const KEY_FILE_NAME = 'afterword.key';
/** The next master key while `afterword rotate-key` runs (and, with AFTERWORD_KEY, until it is set there). */
export const PENDING_KEY_FILE_NAME = 'afterword.key.new';

/**
 * Returns the 32-byte master key, creating the key file only for a new database.
 * @example const key = loadMasterKey({ dataDir: './data', envKey: process.env.AFTERWORD_KEY, databaseExists: false });
 */
export function loadMasterKey(options: LoadMasterKeyOptions): Buffer {
  if (options.envKey) return decodeKey(options.envKey, 'AFTERWORD_KEY');
  const path = join(options.dataDir, KEY_FILE_NAME);
  if (!options.databaseExists) {
    try {
      // 'wx' fails if the file exists, so two processes starting together agree on one key.
      writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
      chmodSync(path, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw unreadable(path, error);
    }
  }
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new StartupError(
        `The key file ${path} is missing, but the database already holds data encrypted under a key. Restore the afterword.key that belongs to this database into ${options.dataDir} (or set AFTERWORD_KEY to it); a new key could not read anything.`,
      );
    }
    throw unreadable(path, error);
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new StartupError(
      `The key file ${path} can be read by other users of this computer (mode ${(mode & 0o777).toString(8).padStart(4, '0')}). Make it private with: chmod 600 ${path}`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  return decodeKey(text, path);
}

function unreadable(path: string, error: unknown): StartupError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new StartupError(`Cannot read the key file ${path} (${code}): it must be a file readable by the user running Afterword.`, { cause: error });
}

/** The 32-byte key written in base64 in `base64` (a file's text or AFTERWORD_KEY); `origin` names it in the message. */
export function decodeKey(base64: string, origin: string): Buffer {
  const text = base64.trim();
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) {
    throw new StartupError(
      `The key in ${origin} is malformed: it must be 32 random bytes written in base64 (44 characters, such as the output of: openssl rand -base64 32). If this database was written with another key, restore that key.`,
    );
  }
  return key;
}
