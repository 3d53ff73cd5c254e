// The options of `afterword rotate-key`, kept apart from run-rotate-key.ts so `--help` and bad
// usage answer without loading the store.
import { resolve } from 'node:path';
import type { CommandSpec, OptionTable, OptionValues } from './parse-command.ts';

const ROTATE_KEY_OPTIONS = {
  data: { type: 'string', value: 'DIR', env: 'AFTERWORD_DATA', default: './data', example: './data', parse: (dir: string) => resolve(dir), description: 'the data folder: database and key file' },
} as const satisfies OptionTable;

export type RotateKeyOptions = OptionValues<typeof ROTATE_KEY_OPTIONS>;

export const ROTATE_KEY_COMMAND: CommandSpec<typeof ROTATE_KEY_OPTIONS> = {
  name: 'rotate-key',
  summary: 'Replaces the master key: rewraps each user’s data key (no note is re-encrypted). Stop Afterword first.',
  maxOperands: 0,
  details:
    'Reads AFTERWORD_KEY (the current master key; default the key file in the data folder) and DATABASE_URL\n(postgres://... for PostgreSQL). With a key file, the new key replaces it. With AFTERWORD_KEY, the new key\nis written to afterword.key.new in the data folder: set AFTERWORD_KEY to it before starting Afterword again.\nA rotation interrupted before it finished leaves the old key working.',
  options: ROTATE_KEY_OPTIONS,
};
