// The dictation migration adds the transcription column to user_settings and its down() removes
// exactly it, on SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { expect, it } from 'vitest';
import { migrationDatabasePerTest, upAndDown } from '../../support/migration-database.ts';

const database = migrationDatabasePerTest();

it('adds user_settings.transcription; down() takes exactly it away', async () => {
  const name = '2026-12-03-0004-dictation';
  const { without, withIt, afterDown, error, steps } = await upAndDown(database(), name, ['notes', 'clients', 'user_settings']);
  expect(withIt.user_settings).toEqual([...(without.user_settings ?? []), 'transcription'].sort());
  expect(withIt.notes).toEqual(without.notes);
  expect(error).toBeUndefined();
  expect(steps).toEqual([[name, 'Down', 'Success']]);
  expect(afterDown).toEqual(without);
});
