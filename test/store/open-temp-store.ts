import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '#store';
import { freshPostgresDatabase } from '../support/fresh-postgres-database.ts';

export interface TempStore {
  store: Store;
  dataDir: string;
  clock: { now: Date };
  dispose(): Promise<void>;
}

/**
 * A real SQLite file in a fresh temporary folder, with a clock the test can move; in the
 * 'postgres' Vitest project, a new PostgreSQL database instead.
 */
export async function openTempStore(): Promise<TempStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-store-'));
  const clock = { now: new Date('2026-03-02T10:00:00.000Z') };
  const databaseUrl = await freshPostgresDatabase();
  const store = await openStore({ dataDir, now: () => clock.now, ...(databaseUrl ? { databaseUrl } : {}) });
  return {
    store,
    dataDir,
    clock,
    async dispose() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
