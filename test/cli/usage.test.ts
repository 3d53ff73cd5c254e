// Every command answers --help, and bad usage exits 2 with a message that says what to fix, run
// through the real `afterword` command. None of these start a server.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_KEYS } from '../../src/compose/index.ts';
import { runCli } from './run-cli.ts';

describe('afterword --help', () => {
  it('lists the commands, and each command lists its own options', () => {
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    for (const line of ['afterword note [FILE|-]', 'afterword batch [FILE|-]', 'afterword export NOTE.json', 'afterword serve', 'afterword rotate-key', 'afterword COMMAND --help']) expect(top.stdout).toContain(line);

    const serve = runCli(['serve', '--help']);
    expect(serve.status).toBe(0);
    expect(serve.stderr).toBe('');
    expect(serve.stdout).toContain('Usage: afterword serve [options]');
    expect(serve.stdout).toMatch(/--port N\s+the port to listen on; 0 picks a free one \(env PORT, default 8080\)/);
    expect(serve.stdout).toMatch(/--data DIR\s+.*\(env AFTERWORD_DATA, default \.\/data\)/);
    expect(serve.stdout).toMatch(/--host HOST\s+.*\(env HOST, default 127\.0\.0\.1\)/);
    expect(serve.stdout).toMatch(/--idle-minutes MINUTES\s+.*\(env AFTERWORD_IDLE_MINUTES\)/);
    expect(serve.stdout).toMatch(/--public-url URL\s+the address people use .*\(env AFTERWORD_PUBLIC_URL\)/);
    expect(serve.stdout).toMatch(/--tls-cert FILE\s+the certificate \(PEM\).*\(env AFTERWORD_TLS_CERT\)/);
    expect(serve.stdout).toMatch(/--tls-key FILE\s+the private key \(PEM\).*\(env AFTERWORD_TLS_KEY\)/);
    expect(serve.stdout).toMatch(/--trust-proxy PROXIES\s+reverse proxies .*\(env AFTERWORD_TRUST_PROXY\)/);

    const note = runCli(['note', '-h']);
    expect(note.status).toBe(0);
    expect(note.stdout).toContain('Usage: afterword note [FILE|-] [options]');
    for (const option of ['--format FORMAT', '--worksheet FILE', '--style FILE', '--json']) expect(note.stdout).toContain(option);
    // Every format of the formats table, in its order (a new format shows up here by itself).
    expect(note.stdout).toContain(FORMAT_KEYS.join(', '));
    expect(note.stdout).toContain('soap, dap, birp');

    const batch = runCli(['batch', '--help']);
    expect(batch.status).toBe(0);
    expect(batch.stdout).toContain('Usage: afterword batch [FILE|-]');

    expect(runCli(['help', 'serve']).stdout).toBe(serve.stdout);
  });
});

describe('bad usage exits 2 and says what to fix', () => {
  const folder = mkdtempSync(join(tmpdir(), 'afterword-usage-'));
  const notJson = join(folder, 'worksheet.json');
  writeFileSync(notJson, '{ not json');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // [what the user typed, environment, what the message must say]
  const cases: [string[], Record<string, string>, string][] = [
    [['serve', '--port', 'abc'], {}, 'afterword: --port must be a whole number from 0 to 65535 (0 picks a free port), not "abc". For example: --port 8080.'],
    [['serve'], { PORT: 'eighty' }, 'afterword: PORT must be a whole number from 0 to 65535 (0 picks a free port), not "eighty".'],
    [['serve', '--port', '70000'], {}, '--port must be a whole number from 0 to 65535'],
    [['serve', '--port'], {}, 'afterword: --port needs a value: --port N (for example --port 8080).'],
    [['serve', '--port', '--data', 'x'], {}, 'afterword: --port needs a value: --port N'],
    [['serve', '--verbose'], {}, 'afterword: Unknown option --verbose for afterword serve. Its options: --port, --host, --data, --idle-minutes, --log-level, --public-url, --tls-cert, --tls-key, --trust-proxy, --compose-budget-ms, --compose-workers, --whisper-model, --whisper-sha256, --help. See afterword serve --help.'],
    [['serve', 'now'], {}, 'afterword: afterword serve takes no arguments, only options.'],
    [['serve', '--port', '1', '--port', '2'], {}, 'afterword: --port is given twice; give it once.'],
    [['serve'], { AFTERWORD_IDLE_MINUTES: '0' }, 'afterword: AFTERWORD_IDLE_MINUTES must be a number of minutes from 1 to 1440, not "0".'],
    [['serve', '--log-level', 'loud'], {}, 'afterword: --log-level must be one of fatal, error, warn, info, debug, trace, silent, not "loud".'],
    [['note', '--colour'], {}, 'afterword: Unknown option --colour for afterword note. Its options: --format, --worksheet, --style, --json, --help.'],
    [['note', '--json=yes'], {}, 'afterword: --json is a switch and takes no value: write --json alone.'],
    [['note', '--format'], {}, 'afterword: --format needs a value: --format FORMAT (for example --format birp).'],
    [['note', '--format', 'xyz'], {}, `afterword: Unknown format "xyz". Use one of: ${FORMAT_KEYS.join(', ')}.`],
    [['note', 'one.txt', 'two.txt'], {}, 'afterword: afterword note takes at most 1 argument ([FILE|-]), not 2.'],
    [['note', join(folder, 'missing.txt')], {}, `afterword: Cannot read ${join(folder, 'missing.txt')}: no such file.`],
    [['note', folder], {}, `afterword: Cannot read ${folder}: it is a folder, not a file.`],
    [['note', '--worksheet', notJson], {}, `afterword: The worksheet file ${notJson} is not valid JSON.`],
    [['batch', join(folder, 'missing.jsonl')], {}, `afterword: Cannot read ${join(folder, 'missing.jsonl')}: no such file.`],
    [['batch', '--json'], {}, 'afterword: Unknown option --json for afterword batch. Its options: --budget-ms, --help.'],
    [['frobnicate'], {}, 'afterword: There is no command "frobnicate". Commands: note, plan, doc, batch, measure, export, transcribe, serve, rotate-key. See afterword --help.'],
    [[], {}, 'afterword: say which command to run.'],
    [['rotate-key', 'now'], {}, 'afterword: afterword rotate-key takes no arguments, only options.'],
  ];

  it.each(cases)('afterword %j %j', (args, env, message) => {
    const run = runCli(args, { env, input: 'pt reports sleep improved' });
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('unexpected error');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });

});
