// The options of `afterword serve`, as one table: each option is one line (its value, the
// environment variable read when the flag is absent, the default, the parser, the help text).
// `afterword serve --help` and the README's table come from the same facts. Kept apart from
// serve.ts so `afterword serve --help` and bad usage answer without loading the server.
import { resolve } from 'node:path';
import { type CommandSpec, InvalidValue, type OptionTable, type OptionValues } from './parse-command.ts';

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) throw new InvalidValue('must be a whole number from 0 to 65535 (0 picks a free port)');
  return port;
}

function parseIdleMinutes(text: string): number {
  const minutes = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || minutes < 1 || minutes > 24 * 60) throw new InvalidValue('must be a number of minutes from 1 to 1440');
  return minutes;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
function parseLogLevel(text: string): (typeof LOG_LEVELS)[number] {
  const level = LOG_LEVELS.find((l) => l === text.trim().toLowerCase());
  if (!level) throw new InvalidValue(`must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

const SERVE_OPTIONS = {
  port: { type: 'string', value: 'N', env: 'PORT', default: '8080', example: '8080', parse: parsePort, description: 'the port to listen on; 0 picks a free one' },
  host: { type: 'string', value: 'HOST', env: 'HOST', default: '127.0.0.1', example: '127.0.0.1', description: 'the address to listen on' },
  data: { type: 'string', value: 'DIR', env: 'AFTERWORD_DATA', default: './data', example: './data', parse: (dir: string) => resolve(dir), description: 'the data folder: database and key file' },
  'idle-minutes': { type: 'string', value: 'MINUTES', env: 'AFTERWORD_IDLE_MINUTES', example: '30', parse: parseIdleMinutes, description: 'sign out after this long without activity; default 30' },
  'log-level': { type: 'string', value: 'LEVEL', env: 'LOG_LEVEL', default: 'warn', example: 'info', parse: parseLogLevel, description: `the log level: ${LOG_LEVELS.join(', ')}` },
} as const satisfies OptionTable;

export type ServeOptions = OptionValues<typeof SERVE_OPTIONS>;

export const SERVE_COMMAND: CommandSpec<typeof SERVE_OPTIONS> = {
  name: 'serve',
  summary: 'Starts the web application (the JSON API under /api and the interface) until Ctrl-C.',
  maxOperands: 0,
  details:
    'Flags win over environment variables, which win over defaults. Also read from the environment:\nAFTERWORD_KEY (the master key; default the key file in the data folder) and DATABASE_URL\n(postgres://... for PostgreSQL; default SQLite in the data folder).',
  options: SERVE_OPTIONS,
};
