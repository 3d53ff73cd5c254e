// `afterword batch` as a user runs it: a real process reading JSON lines. A line over its time
// budget yields {id, error} and the batch goes on, in input order.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatTo } from '../support/adversarial-inputs.ts';

const MAIN = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');

function batch(lines: string[], args: string[] = []): { status: number | null; out: Record<string, unknown>[]; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-batch-'));
  try {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'batch', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000 });
    return { status: run.status, out: run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('afterword batch', () => {
  it('answers every line in order: notes, a bad line, and a line over its budget, and goes on', () => {
    const summary = 'pt reports better sleep. used CBT thought record. denies SI/HI. plan: f/u 1 wk';
    // Ten times the API's maximum of one-word lines: seconds of work (3.5 s on a quiet machine), over the
    // budget of 2 s; an ordinary line takes milliseconds, so a busy machine does not push it over.
    const heavy = repeatTo('ab\n', 200_000);
    const run = batch(
      [
        JSON.stringify({ id: 'a', format: 'soap', summary }),
        JSON.stringify({ id: 'slow', format: 'soap', summary: heavy }),
        '{not json',
        JSON.stringify({ id: 'b', format: 'dap', summary }),
        JSON.stringify({ id: 'c', format: 'haiku', summary }),
        JSON.stringify({ id: 'd', format: 'birp', summary }),
      ],
      ['--budget-ms', '2000'],
    );
    expect(run.status).toBe(0);
    expect(run.out.map((o) => o.id)).toEqual(['a', 'slow', 3, 'b', 'c', 'd']);
    expect(run.out[0]).toMatchObject({ format: 'soap', risk: { si: 'denied' } });
    expect(run.out[1]).toEqual({ id: 'slow', error: 'Composing line 2 took longer than 2 s and was stopped. Shorten its summary or split it into separate notes.' });
    expect(run.out[2]).toEqual({ id: 3, error: 'Line 3 is not valid JSON.' });
    expect(run.out[3]).toMatchObject({ format: 'dap' });
    expect(run.out[4]).toHaveProperty('error');
    expect(run.out[5]).toMatchObject({ format: 'birp' });
  }, 90_000);

  it('refuses a budget that is not a number of milliseconds', () => {
    const run = batch([], ['--budget-ms', 'soon']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--budget-ms must be a whole number/);
  });
});
