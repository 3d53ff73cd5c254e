// The master key lives outside the database: in AFTERWORD_KEY (base64, 32 bytes) or in
// <dataDir>/afterword.key, created on first run with mode 0600. A copy of afterword.db alone
// therefore reveals no clinical text.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoadMasterKeyOptions {
  dataDir: string;
  /** Base64 of 32 bytes; takes precedence over the key file. */
  envKey?: string | undefined;
}

export const KEY_FILE_NAME = 'afterword.key';

/**
 * Returns the 32-byte master key, creating the key file if neither source exists.
 * @example const key = loadMasterKey({ dataDir: './data', envKey: process.env.AFTERWORD_KEY });
 */
export function loadMasterKey(options: LoadMasterKeyOptions): Buffer {
  if (options.envKey) return decodeKey(options.envKey, 'AFTERWORD_KEY');
  const path = join(options.dataDir, KEY_FILE_NAME);
  try {
    // 'wx' fails if the file exists, so two processes starting together agree on one key.
    writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(path, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return decodeKey(readFileSync(path, 'utf8').trim(), path);
}

function decodeKey(base64: string, origin: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) throw new Error(`the key in ${origin} must be 32 bytes in base64`);
  return key;
}
