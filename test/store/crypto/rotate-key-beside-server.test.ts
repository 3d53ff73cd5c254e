// `rotateMasterKey` (what `afterword rotate-key` runs) beside a running server, on a real SQLite
// file and, in the 'postgres' project, PostgreSQL: a real server on the same data folder (or, on
// PostgreSQL, on the same database from another folder) makes it refuse with a message saying
// what to do, changing nothing; once the server stops it goes ahead. Each rotation writes one
// audit event, in the same transaction as the rewrapped keys: a crash before commit leaves none.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { KEY_FILE_NAME, rotateMasterKey, type Store, StartupError, verifyAuditChain } from '#store';
import { startServer } from '#server';
import { type PracticeData, practiceData, seedTwoClinicians } from './practice-data.ts';

let data: PracticeData;
beforeEach(async () => {
  data = await practiceData();
  const store = await data.open();
  try {
    await seedTwoClinicians(store, 2);
  } finally {
    await store.close();
  }
});
afterEach(() => data.dispose());

/** In the 'postgres' project: the cases about servers elsewhere on the same database run too. */
const onPostgres = Boolean(inject('postgresAdminUrl'));

const keyFile = (): string => readFileSync(join(data.dataDir, KEY_FILE_NAME), 'utf8').trim();

async function rotationEvents(store: Store): Promise<{ user_id: string | null; entity: string }[]> {
  return store.db.selectFrom('audit_events').select(['user_id', 'entity']).where('action', '=', 'rotate_key').execute();
}

async function wrappedKeys(): Promise<unknown[]> {
  const store = await data.open();
  try {
    return await store.db.selectFrom('data_keys').selectAll().orderBy('id').execute();
  } finally {
    await store.close();
  }
}

describe('rotating the key while a server runs', () => {
  it('refuses while a server runs on the data folder, naming it and saying to stop it; goes ahead once it has stopped', async () => {
    const before = { key: keyFile(), wrapped: await wrappedKeys() };
    const server = await startServer({ port: 0, dataDir: data.dataDir, ...(data.databaseUrl ? { databaseUrl: data.databaseUrl } : {}), logger: false });
    let refusal: unknown;
    try {
      refusal = await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl }).catch((e: unknown) => e);
    } finally {
      await server.close();
    }
    expect(refusal).toBeInstanceOf(StartupError);
    expect((refusal as Error).message).toContain(`Afterword is running on ${data.dataDir} (process ${process.pid}), so the key was not changed: stop it`);
    // Nothing changed: the same key, the same wrapped keys, no audit event.
    expect(keyFile()).toBe(before.key);
    expect(await wrappedKeys()).toEqual(before.wrapped);

    const report = await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl });
    expect(report.rewrapped).toBe(3);
    expect(keyFile()).not.toBe(before.key);
  });

  it('a file left by a server that is gone (a crash) does not stop it', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(data.dataDir, `afterword.server-${gone}-deadbeef.lock`), `${JSON.stringify({ pid: gone, startedAt: '2026-12-01T00:00:00.000Z' })}\n`);
    const report = await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl });
    expect(report.rewrapped).toBe(3);
  });

  it.runIf(onPostgres)(
    'on PostgreSQL, refuses while a server in another data folder uses the same database',
    async () => {
      const elsewhere = mkdtempSync(join(tmpdir(), 'afterword-other-server-'));
      const before = keyFile();
      const server = await startServer({ port: 0, dataDir: elsewhere, databaseUrl: data.databaseUrl as string, key: before, logger: false });
      try {
        await expect(rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl })).rejects.toThrow(
          'An Afterword server is using this PostgreSQL database, so the key was not changed. Stop every Afterword server that uses it',
        );
      } finally {
        await server.close();
        rmSync(elsewhere, { recursive: true, force: true });
      }
      expect(keyFile()).toBe(before);
      await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl });
      expect(keyFile()).not.toBe(before);
    },
  );
});

describe('the audit log of a rotation', () => {
  it('records one system event per rotation, and the chain stays intact', async () => {
    await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl });
    await rotateMasterKey({ dataDir: data.dataDir, databaseUrl: data.databaseUrl });
    const store = await data.open();
    try {
      expect(await rotationEvents(store)).toEqual([
        { user_id: null, entity: 'master_key' },
        { user_id: null, entity: 'master_key' },
      ]);
      expect((await verifyAuditChain(store)).ok).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('a crash before the rewrapped keys commit leaves no event (it is in the same transaction)', async () => {
    await expect(
      rotateMasterKey({
        dataDir: data.dataDir,
        databaseUrl: data.databaseUrl,
        faultAt: (step) => {
          if (step === 'rewrapped') throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    const store = await data.open();
    try {
      expect(await rotationEvents(store)).toEqual([]);
      expect((await verifyAuditChain(store)).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
