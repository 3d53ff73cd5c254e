// The key and the database file on disk: both private to the user (0600); a key file others
// can read is refused with the command that fixes it; a key that is unreadable, malformed or
// from another database is named as such; a missing key never silently becomes a new one when
// the database already holds data.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, KEY_FILE_NAME, openStore } from '#store';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the key file and the database file', () => {
  let dataDir: string;
  let keyPath: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'afterword-key-'));
    keyPath = join(dataDir, KEY_FILE_NAME);
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function firstRun(): Promise<void> {
    const store = await openStore({ dataDir });
    await createUser(store, { email: 'a@example.org', name: 'Dr A', credentials: 'LCSW', role: 'owner', passwordHash: 'x' });
    expect(mode(join(dataDir, 'afterword.db'))).toBe(0o600);
    expect(mode(join(dataDir, 'afterword.db-wal'))).toBe(0o600);
    expect(mode(join(dataDir, 'afterword.db-shm'))).toBe(0o600);
    expect(mode(keyPath)).toBe(0o600);
    await store.close();
  }

  it('creates the database, its WAL files and the key 0600', async () => {
    await firstRun();
  });

  it('refuses a key file that other users can read, saying how to fix it', async () => {
    await firstRun();
    chmodSync(keyPath, 0o644);
    await expect(openStore({ dataDir })).rejects.toThrow(`can be read by other users of this computer (mode 0644). Make it private with: chmod 600 ${keyPath}`);
    chmodSync(keyPath, 0o600);
    await (await openStore({ dataDir })).close();
  });

  it('names a malformed key, an unreadable key file and a key from another database', async () => {
    await firstRun();
    await expect(openStore({ dataDir, key: 'not-a-key' })).rejects.toThrow(/The key in AFTERWORD_KEY is malformed: it must be 32 random bytes written in base64/);
    await expect(openStore({ dataDir, key: Buffer.alloc(32, 7).toString('base64') })).rejects.toThrow(/wrong key for this database/);
    writeFileSync(keyPath, 'too short\n', { mode: 0o600 });
    await expect(openStore({ dataDir })).rejects.toThrow(`The key in ${keyPath} is malformed`);
    unlinkSync(keyPath);
    mkdirSync(keyPath, { mode: 0o700 });
    await expect(openStore({ dataDir })).rejects.toThrow(`Cannot read the key file ${keyPath} (EISDIR)`);
  });

  it('does not make a new key when the database exists and its key is missing', async () => {
    await firstRun();
    unlinkSync(keyPath);
    await expect(openStore({ dataDir })).rejects.toThrow(/key file .* is missing, but the database already holds data.*Restore the afterword.key/);
    expect(existsSync(keyPath)).toBe(false);
  });
});
