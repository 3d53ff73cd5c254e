// `afterword doc` through the real command: a starter template filled from standard input, JSON
// with sources, a template of one's own, and exit 2 naming the field of a bad template.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.ts';

const SUMMARY = 'Final session, 45 min. reviewed progress over 16 sessions: GAD-7 from 15 to 6. pt reports using worry time and exercise most days. denies SI/HI/SH. plan: discharge, return prn.';
const TERMINATION = join(ROOT, 'src', 'documents', 'starters', 'termination-summary.json');
const folder = mkdtempSync(join(tmpdir(), 'afterword-doc-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('afterword doc', () => {
  it('writes a termination summary from a starter and standard input, with placeholders filled and prompts for the rest', () => {
    const run = runCli(['doc', '--template', TERMINATION, '--clinician', 'Dana Reyes', '--credentials', 'LCSW', '--date', '2026-12-01'], { input: SUMMARY });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^TERMINATION \(DISCHARGE\) SUMMARY\n\nDischarge details\nClinician: Dana Reyes, LCSW\. Date of discharge: 2026-12-01\./);
    expect(run.stdout).toContain('Client reported using worry time and exercise most days.');
    expect(run.stdout).toMatch(/Risk at discharge\n[^\n]*denied suicidal ideation/);
    expect(run.stdout).toMatch(/Aftercare and referrals\n[^\n]*Discharge/);
  });

  it('prints JSON with each sentence’s source spans, and fills a template of one’s own from a file', () => {
    const template = join(folder, 'progress.json');
    writeFileSync(template, JSON.stringify({ title: 'Progress letter for {clientTerm}', sections: [{ title: 'Progress', purpose: ['report', 'measure'] }, { title: 'Goals', purpose: ['goal'] }] }));
    const summaryFile = join(folder, 'summary.txt');
    writeFileSync(summaryFile, SUMMARY);
    const run = runCli(['doc', summaryFile, '--template', template, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.title).toBe('Progress letter for client');
    const sentence = doc.sections[0].sentences.find((s: { text: string }) => s.text.includes('worry time'));
    const [span] = sentence.source;
    expect(SUMMARY.slice(span.start, span.end)).toContain('worry time');
    expect(doc.sections[1].text).toBe('[Not documented: add goals.]');
    expect(doc.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['missing_section', 'left_out']));
  });

  it('exits 2 naming the field of a bad template, and asks for --template when it is missing', () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ title: 'Intake', sections: [{ title: 'History', purpose: ['report'] }, { title: 'Mood', purpose: ['mood'] }] }));
    const run = runCli(['doc', '--template', bad], { input: SUMMARY });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^afterword: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: The template is not valid: sections\\[1\\]\\.purpose\\[0\\]: "mood" is not a record kind`));

    const missing = runCli(['doc'], { input: SUMMARY });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('afterword: Say which template to use: --template FILE (the starters are in src/documents/starters/).\n');
  });
});
