// Runs every migration not yet applied, at start-up. Migrations are listed here (not read from
// the file system) so the bundled CLI carries them.
import { type Kysely, type Migration, Migrator } from 'kysely';
import * as initialSchema from './2026-11-26-0001-initial-schema.ts';
import * as keyCheck from './2026-11-26-0002-key-check.ts';
import * as supervision from './2026-11-26-0003-supervision.ts';
import * as accounts from './2026-12-01-0002-accounts.ts';
import * as enteredInError from './2026-12-01-0004-entered-in-error.ts';
import * as copyLayout from './2026-12-01-0005-copy-layout.ts';
import * as sessionTimesLateEntryArchive from './2026-12-02-0001-session-times-late-entry-archive.ts';
import * as measures from './2026-12-03-0001-measures.ts';
import * as dictation from './2026-12-03-0004-dictation.ts';
import * as uniqueDisplayNames from './2026-12-03-0006-unique-display-names.ts';
import * as modelProvider from './2026-12-03-0003-model-provider.ts';
import * as treatmentPlans from './2026-12-03-0002-treatment-plans.ts';
import * as noteListColumns from './2026-12-03-0005-note-list-columns.ts';
import * as noteListDateBackfill from './2026-12-03-0006-note-list-date-backfill.ts';
import * as documentTemplates from './2026-12-04-0001-document-templates.ts';
import * as userDataKeys from './2026-12-04-0201-user-data-keys.ts';
import * as transcriptionKey from './2026-12-04-0401-transcription-key.ts';
import * as clientDocumentSigning from './2026-12-05-0001-client-document-signing.ts';

/** The app's migrations, oldest first. Frozen once released; add a new dated one instead. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '2026-11-26-0001-initial-schema': initialSchema,
  '2026-11-26-0002-key-check': keyCheck,
  '2026-11-26-0003-supervision': supervision,
  '2026-12-01-0002-accounts': accounts,
  '2026-12-01-0004-entered-in-error': enteredInError,
  '2026-12-01-0005-copy-layout': copyLayout,
  '2026-12-02-0001-session-times-late-entry-archive': sessionTimesLateEntryArchive,
  '2026-12-03-0001-measures': measures,
  '2026-12-03-0002-treatment-plans': treatmentPlans,
  '2026-12-03-0003-model-provider': modelProvider,
  '2026-12-03-0004-dictation': dictation,
  '2026-12-03-0005-note-list-columns': noteListColumns,
  '2026-12-03-0006-note-list-date-backfill': noteListDateBackfill,
  '2026-12-03-0006-unique-display-names': uniqueDisplayNames,
  '2026-12-04-0001-document-templates': documentTemplates,
  '2026-12-04-0201-user-data-keys': userDataKeys,
  '2026-12-04-0401-transcription-key': transcriptionKey,
  '2026-12-05-0001-client-document-signing': clientDocumentSigning,
};

export interface MigrateToLatestOptions {
  /** The migrations to apply, by name; the app's own list unless a test supplies one. */
  migrations?: Readonly<Record<string, Migration>>;
}

/**
 * Applies pending migrations one at a time, each atomic: its schema changes and the row that
 * records it commit together or not at all, so a migration that fails halfway leaves the schema
 * as the previous migration left it. Kysely wraps a migrator run in one transaction when the
 * dialect's adapter declares transactional DDL: PostgreSQL's does, and so does ours for SQLite
 * (`create-sqlite-dialect.ts`); running one migration per run makes that one transaction per
 * migration. Throws, naming the migration, if one fails.
 *
 * @example await migrateToLatest(db as Kysely<unknown>);
 */
export async function migrateToLatest(db: Kysely<unknown>, options: MigrateToLatestOptions = {}): Promise<void> {
  const migrations = options.migrations ?? MIGRATIONS;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  for (;;) {
    const { error, results } = await migrator.migrateUp();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      throw new Error(`migration ${failed?.migrationName ?? ''} failed and was rolled back`, { cause: error });
    }
    if (!results?.length) return;
  }
}
