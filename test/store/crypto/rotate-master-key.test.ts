// `rotateMasterKey` (what `afterword rotate-key` runs) on a real SQLite file and, in the
// 'postgres' project, PostgreSQL: the data reads back under the new key, the old key no longer
// opens it, only the wrapped keys are rewritten, and a crash at either step leaves a key that works.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getNote, KEY_FILE_NAME, listNotes, PENDING_KEY_FILE_NAME, rotateMasterKey, type Store, StartupError, verifyAuditChain } from '#store';
import { type PracticeData, practiceData, type SeededNote, seedTwoClinicians } from './practice-data.ts';

let data: PracticeData;
beforeEach(async () => {
  data = await practiceData();
});
afterEach(() => data.dispose());

async function snapshotNoteRows(store: Store): Promise<unknown[]> {
  return store.db.selectFrom('notes').select(['id', 'summary_enc', 'document_enc', 'glance_enc', 'updated_at']).orderBy('id').execute();
}

async function expectReadable(store: Store, notes: SeededNote[]): Promise<void> {
  for (const note of notes) expect((await getNote(store, note.userId, note.noteId)).summary).toBe(note.summary);
  // The search index is keyed by the installation secret, which rotation keeps.
  const first = notes[0] as SeededNote;
  expect((await listNotes(store, { userId: first.userId, q: 'paced breathing' })).notes.length).toBeGreaterThan(0);
}

async function seed(): Promise<{ notes: SeededNote[]; rows: unknown[]; oldKey: string }> {
  const store = await data.open();
  try {
    const notes = await seedTwoClinicians(store, 4);
    return { notes, rows: await snapshotNoteRows(store), oldKey: readFileSync(join(data.dataDir, KEY_FILE_NAME), 'utf8').trim() };
  } finally {
    await store.close();
  }
}

describe('rotating the master key', () => {
  it('rewraps one key per user (not per note); the notes read back under the new key and not under the old one', async () => {
    const { notes, rows, oldKey } = await seed();
    expect(notes).toHaveLength(7);

    const report = await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl });

    // Two users with data plus the installation secret; seven notes, none rewritten.
    expect(report.rewrapped).toBe(3);
    expect(report.newKeyIn).toEqual({ kind: 'key-file', path: join(data.dataDir, KEY_FILE_NAME) });
    const keyFile = join(data.dataDir, KEY_FILE_NAME);
    expect(readFileSync(keyFile, 'utf8').trim()).not.toBe(oldKey);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(existsSync(join(data.dataDir, PENDING_KEY_FILE_NAME))).toBe(false);

    const store = await data.open();
    try {
      expect(await snapshotNoteRows(store)).toEqual(rows);
      expect(await store.db.selectFrom('data_keys').select('id').execute()).toHaveLength(report.rewrapped);
      await expectReadable(store, notes);
      expect((await verifyAuditChain(store)).ok).toBe(true);
    } finally {
      await store.close();
    }

    const withOldKey = data.open(oldKey);
    await expect(withOldKey).rejects.toBeInstanceOf(StartupError);
    await expect(withOldKey).rejects.toThrow(/does not match this database/);
  });

  it('a crash before the rewrapped keys commit leaves the old key opening everything', async () => {
    const { notes, oldKey } = await seed();
    const crashed = rotateMasterKey({
      dataDir: data.dataDir,
      databaseUrl: data.databaseUrl,
      faultAt: (step) => {
        if (step === 'rewrapped') throw new Error('power cut');
      },
    });
    await expect(crashed).rejects.toThrow('power cut');

    expect(readFileSync(join(data.dataDir, KEY_FILE_NAME), 'utf8').trim()).toBe(oldKey);
    const store = await data.open();
    try {
      await expectReadable(store, notes);
    } finally {
      await store.close();
    }
  });

  it('a crash after the commit but before the key file is replaced is finished by the next start', async () => {
    const { notes, oldKey } = await seed();
    await expect(
      rotateMasterKey({
        dataDir: data.dataDir,
        databaseUrl: data.databaseUrl,
        faultAt: (step) => {
          if (step === 'committed') throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    const pending = join(data.dataDir, PENDING_KEY_FILE_NAME);
    const newKey = readFileSync(pending, 'utf8').trim();

    // The key file still holds the old key; starting finds the pending one and puts it in place.
    const store = await data.open();
    try {
      await expectReadable(store, notes);
    } finally {
      await store.close();
    }
    expect(readFileSync(join(data.dataDir, KEY_FILE_NAME), 'utf8').trim()).toBe(newKey);
    expect(existsSync(pending)).toBe(false);
    await expect(data.open(oldKey)).rejects.toThrow(/does not match this database/);
  });

  it('with AFTERWORD_KEY, leaves the new key in afterword.key.new and says to set it; the old one is refused with that advice', async () => {
    const envKey = Buffer.alloc(32, 7).toString('base64');
    const first = await data.open(envKey);
    let notes: SeededNote[];
    try {
      notes = await seedTwoClinicians(first, 2);
    } finally {
      await first.close();
    }

    const report = await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl, envKey });
    const pending = join(data.dataDir, PENDING_KEY_FILE_NAME);
    expect(report.newKeyIn).toEqual({ kind: 'pending-for-env', path: pending });
    expect(existsSync(join(data.dataDir, KEY_FILE_NAME))).toBe(false);
    expect(statSync(pending).mode & 0o777).toBe(0o600);

    await expect(data.open(envKey)).rejects.toThrow(`The master key was rotated: set AFTERWORD_KEY to the key in ${pending}`);
    const store = await data.open(readFileSync(pending, 'utf8').trim());
    try {
      await expectReadable(store, notes);
    } finally {
      await store.close();
    }
  });
});
