// `afterword export`: the note `afterword note --json` wrote, or a note saved from the API, as a
// PDF or as the plain text Copy note gives, through the real command.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flatText, readPdf } from '../support/read-pdf.ts';
import { runCli } from './run-cli.ts';

const SUMMARY = '2-2:53pm 53 min indiv telehealth. pt reports rough wk. explored withdraw pattern. denies SI/HI. plan: f/u next wk';
const folder = mkdtempSync(join(tmpdir(), 'afterword-export-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const env = { TZ: 'America/New_York' };

/** The JSON `afterword note --json` prints, saved to a file. */
function composedNote(): string {
  const run = runCli(['note', '--json', '--format', 'soap'], { input: SUMMARY });
  expect(run.status, run.stderr).toBe(0);
  const file = join(folder, 'note.json');
  writeFileSync(file, run.stdout);
  return file;
}

describe('afterword export', () => {
  it('a composed note as text: the header first, then the sections, no signature (it is a draft)', () => {
    const run = runCli(['export', composedNote(), '--as', 'text'], { env });
    expect(run.status, run.stderr).toBe(0);
    const [header, ...body] = run.stdout.trimEnd().split('\n\n');
    expect(header).toBe(
      'Date of service: not recorded\nTime: 2:00 pm to 2:53 pm (53 minutes)\nService: Individual psychotherapy, telehealth (video)\nCPT code: 90837 Individual psychotherapy, 60 minutes (suggested by Afterword from the session length)',
    );
    expect(body.map((b) => b.split('\n')[0])).toEqual(['Session', 'Subjective', 'Objective', 'Assessment', 'Plan', 'Risk assessment']);
    expect(run.stdout).not.toContain('signed');
  });

  it('a composed note as a PDF file, marked as an unsigned draft on every page', async () => {
    const out = join(folder, 'draft.pdf');
    const run = runCli(['export', composedNote(), '--as', 'pdf', '--out', out], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const pdf = await readPdf(readFileSync(out));
    expect(pdf.pages).toHaveLength(1);
    const text = flatText(pdf);
    expect(text).toContain('SOAP progress note');
    expect(text).toContain('Time 2:00 pm to 2:53 pm (53 minutes)');
    expect(text).toContain('Subjective');
    expect(text).toContain('DRAFT: NOT SIGNED');
    expect(text).toContain('Page 1 of 1');
  });

  it('a signed note saved from the API keeps its signature, co-signature and addenda; a PDF can go to standard output', async () => {
    const composed = JSON.parse(readFileSync(composedNote(), 'utf8'));
    const saved = {
      note: {
        id: 'n1',
        clientId: 'c1',
        clientName: 'Rosa T.',
        format: 'soap',
        status: 'signed',
        sessionDate: '2026-03-01',
        createdAt: '2026-03-01T19:00:00.000Z',
        updatedAt: '2026-03-01T19:00:00.000Z',
        signedAt: '2026-03-01T20:00:00.000Z',
        signedBy: { name: 'Dana Whitfield', credentials: 'LCSW' },
        cosignedAt: '2026-03-02T15:00:00.000Z',
        cosignedBy: { name: 'Sam Ortiz', credentials: 'PhD' },
        purgeAt: null,
        enteredInErrorAt: null,
        enteredInErrorReason: null,
        sessionStartTime: null,
        sessionEndTime: null,
        sessionMinutes: null,
        lateEntry: null,
        firstLine: null,
        cptCode: null,
        access: 'author',
        clientDiagnoses: [{ code: 'F41.1', label: 'Generalized anxiety disorder' }],
        summary: null,
        worksheet: { date: '2026-03-01' },
        document: composed,
        addenda: [{ id: 'a1', text: 'Client called to confirm the next appointment.', signedBy: { name: 'Dana Whitfield', credentials: 'LCSW' }, signedAt: '2026-03-01T21:30:00.000Z' }],
      },
    };
    const file = join(folder, 'signed.json');
    writeFileSync(file, JSON.stringify(saved));

    const text = runCli(['export', file, '--as', 'text'], { env });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Date of service: Mar 1, 2026\n/);
    expect(text.stdout).toContain('Diagnosis (ICD-10): F41.1 Generalized anxiety disorder\n');
    expect(text.stdout).toContain('Electronically signed by Dana Whitfield, LCSW on Mar 1, 2026, 3:00 PM EST\nCo-signed by Sam Ortiz, PhD on Mar 2, 2026, 10:00 AM EST');
    expect(text.stdout.trimEnd().endsWith('Addendum signed by Dana Whitfield, LCSW on Mar 1, 2026, 4:30 PM EST\nClient called to confirm the next appointment.')).toBe(true);

    // Piped, not a terminal: the PDF goes to standard output.
    const piped = runCli(['export', file, '--as', 'pdf'], { env, encoding: 'buffer' });
    expect(piped.status).toBe(0);
    const pdf = await readPdf(piped.stdoutBytes!);
    expect(flatText(pdf)).toContain('Co-signed by Sam Ortiz, PhD on Mar 2, 2026, 10:00 AM EST');
    expect(flatText(pdf)).toContain('Client R.T.');
  });

  it('says what to fix: no --as, an unknown kind, a file that is not a note; and never prints the note', () => {
    const missing = runCli(['export', composedNote()]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('afterword: Say what to export as: --as pdf or --as text.\n');

    const unknown = runCli(['export', composedNote(), '--as', 'docx']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--as must be pdf or text, not "docx"');

    const notNote = join(folder, 'not-a-note.json');
    writeFileSync(notNote, JSON.stringify({ sections: 'Client disclosed something private' }));
    const bad = runCli(['export', notNote, '--as', 'text']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/is not a note: field "/);
    expect(bad.stderr).not.toContain('private');

    const noFile = runCli(['export', join(folder, 'nope.json'), '--as', 'text']);
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain('no such file');

    const help = runCli(['export', '--help']);
    expect(help.stdout).toContain('Usage: afterword export NOTE.json [options]');
    expect(help.stdout).toContain('--as pdf|text');
  });
});
