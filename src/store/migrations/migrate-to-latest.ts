// Runs every migration not yet applied, at start-up. Migrations are listed here (not read from
// the file system) so the bundled CLI carries them.
import { type Kysely, type Migration, Migrator } from 'kysely';
import * as initialSchema from './2026-11-26-0001-initial-schema.ts';
import * as keyCheck from './2026-11-26-0002-key-check.ts';
import * as supervision from './2026-11-26-0003-supervision.ts';
import * as enteredInError from './2026-12-01-0004-entered-in-error.ts';

const MIGRATIONS: Record<string, Migration> = {
  '2026-11-26-0001-initial-schema': initialSchema,
  '2026-11-26-0002-key-check': keyCheck,
  '2026-11-26-0003-supervision': supervision,
  '2026-12-01-0004-entered-in-error': enteredInError,
};

/** Applies pending migrations; throws if one fails (each runs in its own transaction). */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}
