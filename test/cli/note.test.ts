// `afterword note` and `afterword batch` through the real command: the options still work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const SUMMARY = '53 min indiv telehealth. pt reports rough wk. explored withdraw pattern. denies SI/HI. plan: f/u next wk';
const folder = mkdtempSync(join(tmpdir(), 'afterword-note-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('afterword note', () => {
  it('writes a SOAP note from standard input by default, and BIRP with --format from a file', () => {
    const soap = runCli(['note'], { input: SUMMARY });
    expect(soap.status, soap.stderr).toBe(0);
    for (const title of ['SUBJECTIVE', 'OBJECTIVE', 'ASSESSMENT', 'PLAN']) expect(soap.stdout).toContain(title);

    const file = join(folder, 'summary.txt');
    writeFileSync(file, SUMMARY);
    const birp = runCli(['note', file, '--format=birp']);
    expect(birp.status, birp.stderr).toBe(0);
    for (const title of ['BEHAVIOR', 'INTERVENTION', 'RESPONSE', 'PLAN']) expect(birp.stdout).toContain(title);
  });

  it('prints the Document as JSON with --json, with the style from --style', () => {
    const style = join(folder, 'style.json');
    writeFileSync(style, JSON.stringify({ clientTerm: 'patient' }));
    const run = runCli(['note', '-', '--format', 'dap', '--json', '--style', style], { input: SUMMARY });
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.format).toBe('dap');
    expect(doc.sections.map((s: { key: string }) => s.key)).toEqual(expect.arrayContaining(['data', 'assessment', 'plan']));
    expect(run.stdout).toMatch(/[Pp]atient/);
  });

  it('gives a date written without its year the latest such day up to today, and says so beside the note', () => {
    const run = runCli(['note'], { input: '3/21 crisis walk-in 1120-1245\npt reports panic daily. denies SI/HI. plan: f/u 1 wk' });
    expect(run.status, run.stderr).toBe(0);
    const now = new Date();
    const year = now.getMonth() + 1 > 3 || (now.getMonth() + 1 === 3 && now.getDate() >= 21) ? now.getFullYear() : now.getFullYear() - 1;
    const [note = '', warnings = ''] = run.stdout.split('\n---\n');
    expect(note).toContain(`Crisis psychotherapy, ${year}-03-21, 11:20 am to 12:45 pm, 85 minutes.`);
    expect(warnings).toContain(`The session date "3/21" has no year: ${year}-03-21 was used`);
  });
});

describe('afterword batch', () => {
  it('writes one JSON line per input line, and an error line for a bad one', () => {
    const input = [JSON.stringify({ id: 'a', format: 'soap', summary: SUMMARY }), '{ not json', JSON.stringify({ id: 'c', format: 'nope', summary: SUMMARY })].join('\n');
    const run = runCli(['batch'], { input });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a', format: 'soap' });
    expect(lines[1]).toEqual({ id: 2, error: 'Line 2 is not valid JSON.' });
    expect(lines[2].error).toContain('Unknown format "nope"');
  });
});
