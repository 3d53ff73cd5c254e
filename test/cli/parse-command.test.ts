// The option table behind every command: what a new row (such as serve's coming --trust-proxy or
// --public-url) gets for free. The real command is exercised in usage.test.ts and serve.test.ts.
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.ts';
import { type CommandSpec, formatHelp, InvalidValue, type OptionTable, parseCommand } from '../../src/cli/parse-command.ts';

function parseUrl(text: string): URL {
  if (!URL.canParse(text)) throw new InvalidValue('must be an absolute URL such as https://notes.example.org');
  return new URL(text);
}

const OPTIONS = {
  'public-url': { type: 'string', value: 'URL', env: 'AFTERWORD_PUBLIC_URL', example: 'https://notes.example.org', parse: parseUrl, description: 'the address users reach' },
  'trust-proxy': { type: 'boolean', env: 'AFTERWORD_TRUST_PROXY', description: 'trust X-Forwarded-* from the proxy' },
} as const satisfies OptionTable;
const COMMAND: CommandSpec<typeof OPTIONS> = { name: 'demo', summary: 'A demo.', maxOperands: 0, options: OPTIONS };

function values(args: string[], env: Record<string, string> = {}) {
  const parsed = parseCommand(COMMAND, args, env);
  if (parsed.help) throw new Error('help asked');
  return parsed.values;
}

describe('an option table row', () => {
  it('is parsed from the flag, else the environment, else absent', () => {
    expect(values(['--public-url', 'https://a.example/'])['public-url']?.href).toBe('https://a.example/');
    expect(values([], { AFTERWORD_PUBLIC_URL: 'https://b.example/' })['public-url']?.href).toBe('https://b.example/');
    expect(values(['--public-url=https://a.example/'], { AFTERWORD_PUBLIC_URL: 'https://b.example/' })['public-url']?.host).toBe('a.example');
    expect(values([])['public-url']).toBeUndefined();
  });

  it('reads a switch from the flag or from true/false words in the environment', () => {
    expect(values(['--trust-proxy'])['trust-proxy']).toBe(true);
    expect(values([])['trust-proxy']).toBe(false);
    expect(values([], { AFTERWORD_TRUST_PROXY: 'yes' })['trust-proxy']).toBe(true);
    expect(values([], { AFTERWORD_TRUST_PROXY: '0' })['trust-proxy']).toBe(false);
    expect(values([], { AFTERWORD_TRUST_PROXY: '' })['trust-proxy']).toBe(false);
    expect(() => values([], { AFTERWORD_TRUST_PROXY: 'maybe' })).toThrow('AFTERWORD_TRUST_PROXY must be true or false (or 1 or 0), not "maybe".');
  });

  it('words a bad value with the flag or the variable it came from', () => {
    expect(() => values(['--public-url', 'notes'])).toThrow('--public-url must be an absolute URL such as https://notes.example.org, not "notes". For example: --public-url https://notes.example.org.');
    expect(() => values([], { AFTERWORD_PUBLIC_URL: 'notes' })).toThrow('AFTERWORD_PUBLIC_URL must be an absolute URL');
  });

  it('appears in --help with its value, variable and description', () => {
    const help = formatHelp(COMMAND);
    expect(help).toMatch(/--public-url URL\s+the address users reach \(env AFTERWORD_PUBLIC_URL\)/);
    expect(help).toMatch(/--trust-proxy\s+trust X-Forwarded-\* from the proxy \(env AFTERWORD_TRUST_PROXY\)/);
  });

  it("runs the command's check on the values, so two options that go together are both given or neither", () => {
    const pair = {
      cert: { type: 'string', value: 'FILE', env: 'DEMO_CERT', description: 'a certificate' },
      key: { type: 'string', value: 'FILE', env: 'DEMO_KEY', description: 'its key' },
    } as const satisfies OptionTable;
    const spec: CommandSpec<typeof pair> = {
      name: 'demo',
      summary: 'A demo.',
      maxOperands: 0,
      options: pair,
      check(values) {
        if (Boolean(values.cert) !== Boolean(values.key)) throw new CliError('--cert and --key go together.');
      },
    };
    expect(() => parseCommand(spec, ['--cert', 'a.pem'], {})).toThrow('--cert and --key go together.');
    expect(() => parseCommand(spec, [], { DEMO_KEY: 'b.pem' })).toThrow('--cert and --key go together.');
    expect(parseCommand(spec, ['--cert', 'a.pem'], { DEMO_KEY: 'b.pem' })).toMatchObject({ values: { cert: 'a.pem', key: 'b.pem' } });
    expect(parseCommand(spec, ['--help'], {})).toEqual({ help: true });
  });
});
