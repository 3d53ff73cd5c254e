// The transcription-key migration adds user_settings.transcription_key_enc and its down() removes
// exactly it, on SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { expect, it } from 'vitest';
import { migrationDatabasePerTest, upAndDown } from '../../support/migration-database.ts';

const database = migrationDatabasePerTest();

it('adds user_settings.transcription_key_enc; down() takes exactly it away', async () => {
  const name = '2026-12-04-0401-transcription-key';
  const { without, withIt, afterDown, error, steps } = await upAndDown(database(), name, ['notes', 'clients', 'user_settings']);
  expect(withIt.user_settings).toEqual([...(without.user_settings ?? []), 'transcription_key_enc'].sort());
  expect(withIt.notes).toEqual(without.notes);
  expect(error).toBeUndefined();
  expect(steps).toEqual([[name, 'Down', 'Success']]);
  expect(afterDown).toEqual(without);
});
