// `afterword rotate-key`: a new master key, every data key rewrapped under it (src/store/crypto/rotate-master-key.ts).
import { rotateMasterKey, StartupError } from '#store';
import { CliError, EXIT_FAILURE } from './cli-error.ts';
import type { RotateKeyOptions } from './rotate-key-options.ts';

/**
 * Rotates the key and returns what to tell the person (no key material).
 * @example process.stdout.write(await runRotateKey({ data: './data' }));
 */
export async function runRotateKey(options: RotateKeyOptions, env: NodeJS.ProcessEnv): Promise<string> {
  const report = await rotateMasterKey({ dataDir: options.data, databaseUrl: env.DATABASE_URL || undefined, envKey: env.AFTERWORD_KEY || undefined }).catch((error: unknown) => {
    if (error instanceof StartupError) throw new CliError(error.message, EXIT_FAILURE);
    throw error;
  });
  const keys = `Rewrapped ${report.rewrapped} data key${report.rewrapped === 1 ? '' : 's'} under a new master key; no note was re-encrypted.`;
  if (report.newKeyIn.kind === 'key-file') {
    return `${keys}\nThe new key is in ${report.newKeyIn.path}; the old key no longer opens this database. Replace any backup of the old key file with this one.\n`;
  }
  return [
    keys,
    'The master key comes from AFTERWORD_KEY, which Afterword does not change. Before starting Afterword again:',
    `  1. set AFTERWORD_KEY to the contents of ${report.newKeyIn.path} (the old key no longer opens this database);`,
    `  2. start Afterword, then delete ${report.newKeyIn.path}.`,
    '',
  ].join('\n');
}
