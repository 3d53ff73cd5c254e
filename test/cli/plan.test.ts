// `afterword plan` through the real command: a plan from a summary file or standard input, a
// worksheet, JSON out, and exit 2 with a message naming the field for bad input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const INTAKE = ['Dx: F41.1.', 'Presenting problem: constant worry about work, missed 3 days of work this month.', 'Goal: sleep through the night.', 'Objective: GAD-7 below 10 by 2027-03-01.', 'Plan: CBT weekly, review in 90 days.'].join('\n');
const folder = mkdtempSync(join(tmpdir(), 'afterword-plan-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('afterword plan', () => {
  it('drafts a plan from standard input as text, with prompts in brackets where the summary is silent', () => {
    const run = runCli(['plan', '--date', '2026-12-01'], { input: INTAKE });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('DIAGNOSES\nF41.1 Generalized anxiety disorder');
    expect(run.stdout).toContain('- constant worry about work (impact: missed 3 days of work this month)');
    // The objective names a measure, target and date but no behaviour: each in its place, and the behaviour asked for.
    expect(run.stdout).toContain('1. sleep through the night\n   - Objective: measured by GAD-7; target below 10; by 2027-03-01\n[Say what the client will do or show for objective 1 (measured by GAD-7).]');
    expect(run.stdout).toContain('Review date: 2027-03-01');
    expect(run.stdout).toContain('SESSION FREQUENCY\n[Give the session frequency');
    expect(run.stdout).toContain('Suggestions to pick from (not part of the plan): Generalized anxiety (diagnosis F41.1)');
  });

  it('prints the draft as JSON with --json, joining a worksheet’s picks to a summary file', () => {
    const summary = join(folder, 'intake.txt');
    const worksheet = join(folder, 'worksheet.json');
    writeFileSync(summary, INTAKE);
    writeFileSync(worksheet, JSON.stringify({ date: '2026-12-01', picks: ['gad.goal.worry'], sessionFrequency: 'weekly, 50 minutes' }));
    const run = runCli(['plan', summary, '--worksheet', worksheet, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const draft = JSON.parse(run.stdout);
    expect(draft.plan.goals.map((g: { source: { origin: string } }) => g.source.origin)).toEqual(['summary', 'library']);
    expect(draft.plan.sessionFrequency.text).toBe('weekly, 50 minutes');
    expect(draft.prompts.map((p: { field: string }) => p.field)).not.toContain('sessionFrequency');
    expect(draft.suggestions[0]).toMatchObject({ key: 'generalized-anxiety', reason: 'diagnosis F41.1' });
  });

  it('exits 2 naming the field of a bad worksheet, a bad --date, and a pick that does not exist', () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ objectives: [{ behaviour: 'walk daily', date: 'next month' }] }));
    const run = runCli(['plan', '--worksheet', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`afterword: ${bad}: The plan worksheet is not valid: objectives[0].date: use a date as YYYY-MM-DD, e.g. 2027-03-01.\n`);

    const date = runCli(['plan', '--date', '1/12/2026'], { input: INTAKE });
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('--date must be a date as YYYY-MM-DD, not "1/12/2026"');

    const pick = join(folder, 'pick.json');
    writeFileSync(pick, JSON.stringify({ picks: ['depression.goal.nope'] }));
    const unknown = runCli(['plan', '--worksheet', pick]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('picks[0]: no suggestion has the id "depression.goal.nope"');

    const empty = runCli(['plan'], { input: '   ' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('Give an intake summary or a plan worksheet');
  });
});
