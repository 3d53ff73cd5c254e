// `afterword rotate-key` run as a user would, on a data folder the store wrote: the new key is in
// the key file, the notes read back with it, and the messages say what happened and what to do.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startServer } from '#server';
import { createNote, createUser, getNote, KEY_FILE_NAME, openStore, PENDING_KEY_FILE_NAME } from '#store';
import { documentSaying } from '../store/crypto/practice-data.ts';
import { runCli } from './run-cli.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'afterword-rotate-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function writeOneNote(key?: string): Promise<{ userId: string; noteId: string }> {
  const store = await openStore({ dataDir, ...(key ? { key } : {}) });
  try {
    const user = await createUser(store, { email: 'a@example.org', name: 'Dr A', credentials: 'LCSW', role: 'owner', passwordHash: 'x' });
    const note = await createNote(store, { userId: user.id, format: 'soap', summary: 'Practised grounding.', document: documentSaying('Practised grounding.') });
    return { userId: user.id, noteId: note.id };
  } finally {
    await store.close();
  }
}

it('replaces the key file; the note reads back with the new key', async () => {
  const { userId, noteId } = await writeOneNote();
  const oldKey = readFileSync(join(dataDir, KEY_FILE_NAME), 'utf8');

  const run = runCli(['rotate-key', '--data', dataDir]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('Rewrapped 2 data keys under a new master key; no note was re-encrypted.');
  expect(run.stdout).toContain(`The new key is in ${join(dataDir, KEY_FILE_NAME)}; the old key no longer opens this database.`);
  expect(run.stdout).not.toContain(readFileSync(join(dataDir, KEY_FILE_NAME), 'utf8').trim());
  expect(readFileSync(join(dataDir, KEY_FILE_NAME), 'utf8')).not.toBe(oldKey);

  const store = await openStore({ dataDir });
  try {
    expect((await getNote(store, userId, noteId)).summary).toBe('Practised grounding.');
  } finally {
    await store.close();
  }
});

it('with AFTERWORD_KEY, writes the new key beside the data and says how to use it', async () => {
  const key = Buffer.alloc(32, 9).toString('base64');
  await writeOneNote(key);
  const run = runCli(['rotate-key', '--data', dataDir], { env: { AFTERWORD_KEY: key } });
  expect(run.status).toBe(0);
  const pending = join(dataDir, PENDING_KEY_FILE_NAME);
  expect(run.stdout).toContain(`1. set AFTERWORD_KEY to the contents of ${pending} (the old key no longer opens this database);`);
  expect(existsSync(pending)).toBe(true);
  expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(false);
  // Starting with the old key says what to do.
  const again = runCli(['rotate-key', '--data', dataDir], { env: { AFTERWORD_KEY: key } });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain(`afterword: The master key was rotated: set AFTERWORD_KEY to the key in ${pending}`);
});

it('says which folder to give when there is no database', () => {
  const run = runCli(['rotate-key', '--data', join(dataDir, 'nothing-here')]);
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(`afterword: There is no Afterword database in ${join(dataDir, 'nothing-here')}: give its data folder with --data DIR (or AFTERWORD_DATA), or set DATABASE_URL for PostgreSQL.\n`);
  expect(existsSync(join(dataDir, 'nothing-here'))).toBe(false);
});

it('refuses while Afterword is running on the data folder, and says to stop it first', async () => {
  await writeOneNote();
  const oldKey = readFileSync(join(dataDir, KEY_FILE_NAME), 'utf8');
  const server = await startServer({ port: 0, dataDir, logger: false });
  try {
    const run = runCli(['rotate-key', '--data', dataDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`afterword: Afterword is running on ${dataDir} (process ${process.pid}), so the key was not changed: stop it, then run rotate-key again.`);
    expect(run.stdout).toBe('');
  } finally {
    await server.close();
  }
  expect(readFileSync(join(dataDir, KEY_FILE_NAME), 'utf8')).toBe(oldKey);
  // Stopped: the same command goes ahead.
  expect(runCli(['rotate-key', '--data', dataDir]).status).toBe(0);
});
