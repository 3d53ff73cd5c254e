// The options of `afterword serve`, as one table: each option is one line (its value, the
// environment variable read when the flag is absent, the default, the parser, the help text).
// `afterword serve --help` and the README's table come from the same facts. Kept apart from
// serve.ts so `afterword serve --help` and bad usage answer without loading the server.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { CliError } from './cli-error.ts';
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

/** An origin: http(s), a host, maybe a port; no path, query or fragment. */
function parsePublicUrl(text: string): string {
  if (!URL.canParse(text)) throw new InvalidValue('must be an address such as https://notes.example.org');
  const url = new URL(text);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new InvalidValue('must be only a scheme, host and port, such as https://notes.example.org:8443');
  }
  return url.origin;
}

// The names Fastify's trustProxy (proxy-addr) knows, besides addresses and CIDR ranges.
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/** A comma-separated list of proxies: addresses, CIDR ranges, or loopback/linklocal/uniquelocal. */
function parseTrustProxy(text: string): string {
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => !isProxyEntry(entry))) {
    throw new InvalidValue('must be the proxies to trust, comma-separated: addresses (10.0.0.2), ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal');
  }
  return entries.join(',');
}

function parseComposeBudget(text: string): number {
  const ms = Number(text);
  if (!/^\d+$/.test(text.trim()) || ms < 100 || ms > 600_000) throw new InvalidValue('must be a whole number of milliseconds from 100 to 600000');
  return ms;
}

function parseComposeWorkers(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > 64) throw new InvalidValue('must be a whole number of threads from 1 to 64');
  return n;
}

const SERVE_OPTIONS = {
  port: { type: 'string', value: 'N', env: 'PORT', default: '8080', example: '8080', parse: parsePort, description: 'the port to listen on; 0 picks a free one' },
  host: { type: 'string', value: 'HOST', env: 'HOST', default: '127.0.0.1', example: '127.0.0.1', description: 'the address to listen on' },
  data: { type: 'string', value: 'DIR', env: 'AFTERWORD_DATA', default: './data', example: './data', parse: (dir: string) => resolve(dir), description: 'the data folder: database and key file' },
  'idle-minutes': { type: 'string', value: 'MINUTES', env: 'AFTERWORD_IDLE_MINUTES', example: '30', parse: parseIdleMinutes, description: 'sign out after this long without activity; default 30' },
  'log-level': { type: 'string', value: 'LEVEL', env: 'LOG_LEVEL', default: 'warn', example: 'info', parse: parseLogLevel, description: `the log level: ${LOG_LEVELS.join(', ')}` },
  'public-url': { type: 'string', value: 'URL', env: 'AFTERWORD_PUBLIC_URL', example: 'https://notes.example.org', parse: parsePublicUrl, description: 'the address people use (scheme, host, port); requests naming another host are refused; default only the loopback names' },
  'tls-cert': { type: 'string', value: 'FILE', env: 'AFTERWORD_TLS_CERT', example: './tls/cert.pem', parse: (file: string) => resolve(file), description: 'the certificate (PEM) to serve HTTPS with; needs --tls-key' },
  'tls-key': { type: 'string', value: 'FILE', env: 'AFTERWORD_TLS_KEY', example: './tls/key.pem', parse: (file: string) => resolve(file), description: 'the private key (PEM) of --tls-cert' },
  'trust-proxy': { type: 'string', value: 'PROXIES', env: 'AFTERWORD_TRUST_PROXY', example: 'loopback', parse: parseTrustProxy, description: 'reverse proxies whose X-Forwarded-For/-Proto/-Host to believe: addresses, ranges or loopback; default none' },
  'compose-budget-ms': { type: 'string', value: 'N', env: 'AFTERWORD_COMPOSE_BUDGET_MS', example: '2000', parse: parseComposeBudget, description: 'a note composing longer than this many milliseconds is stopped and answered 503 unavailable; default 2000' },
  'compose-workers': { type: 'string', value: 'N', env: 'AFTERWORD_COMPOSE_WORKERS', example: '2', parse: parseComposeWorkers, description: 'worker threads that compose notes; default the cores less one, 2 to 4' },
  'whisper-model': { type: 'string', value: 'DIR', env: 'AFTERWORD_WHISPER_MODEL', example: './models/whisper-base', description: 'a local Whisper model for dictation (ONNX layout), run on this machine for clinicians with no transcription service of their own; needs the optional package @huggingface/transformers' },
  'whisper-sha256': { type: 'string', value: 'HEX', env: 'AFTERWORD_WHISPER_SHA256', description: 'the SHA-256 the local Whisper model folder must have (the SHA-256 of the sha256sum listing of its files; README, Dictation); a changed model is refused' },
} as const satisfies OptionTable;

export type ServeOptions = OptionValues<typeof SERVE_OPTIONS>;

export const SERVE_COMMAND: CommandSpec<typeof SERVE_OPTIONS> = {
  name: 'serve',
  summary: 'Starts the web application (the JSON API under /api and the interface) until Ctrl-C.',
  maxOperands: 0,
  details:
    'Flags win over environment variables, which win over defaults. Also read from the environment:\nAFTERWORD_KEY (the master key; default the key file in the data folder) and DATABASE_URL\n(postgres://... for PostgreSQL; default SQLite in the data folder).',
  options: SERVE_OPTIONS,
  check(values) {
    if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
      throw new CliError('--tls-cert and --tls-key go together: give both files (PEM), or neither (or AFTERWORD_TLS_CERT and AFTERWORD_TLS_KEY).');
    }
  },
};
