// The composer in worker threads: the same notes as in process, the composer's own errors, a
// time budget that stops a compose and leaves the pool working, and a bounded queue.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ComposeError, composeNote } from '#compose';
import { ComposeBusyError, type ComposePool, ComposeTimeoutError, ComposeUnavailableError, createComposePool } from '#compose-pool';
import { repeatTo } from '../support/adversarial-inputs.ts';

const SUMMARY = '53 min indiv telehealth. pt reports rough wk, fight w/ husband re finances. explored withdraw pattern. denies SI/HI. plan: invite husband next sess';
/** About half a second of work on this machine: many one-word lines. */
const HEAVY = repeatTo('ab\n', 20_000);

let pool: ComposePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('createComposePool', () => {
  it('writes the same note as the composer in process', async () => {
    pool = createComposePool({ size: 2 });
    const input = { summary: SUMMARY, format: 'birp' };
    expect(await pool.compose(input)).toEqual(composeNote(input));
  });

  it('answers the same note as JSON text when asked for text', async () => {
    pool = createComposePool({ size: 1 });
    const input = { summary: SUMMARY, format: 'dap' };
    expect(await pool.composeJson(input)).toBe(JSON.stringify(composeNote(input)));
  });

  it("answers the note as the API's checked JSON text when asked for the API's limits", async () => {
    pool = createComposePool({ size: 1 });
    const input = { summary: SUMMARY, format: 'soap' };
    expect(JSON.parse(await pool.composeJson(input, { apiLimits: true }))).toEqual(composeNote(input));
  });

  it('answers the HTTP bytes of the checked note, compressed as asked when it is worth it', async () => {
    pool = createComposePool({ size: 1 });
    const input = { summary: SUMMARY, format: 'soap' };
    const expected = composeNote(input);
    const plain = await pool.composeBody(input);
    expect(plain.encoding).toBeNull();
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(expected);
    const br = await pool.composeBody(input, { encoding: 'br' });
    expect(br.encoding).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(expected);
    const gzip = await pool.composeBody(input, { encoding: 'gzip' });
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(expected);
    // Several answers in a row: each Buffer keeps its own bytes (they were moved, not shared).
    expect(br.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(plain.body.toString('utf8'))).toEqual(expected);
  });

  it("passes on the composer's own error, with its code and message", async () => {
    pool = createComposePool({ size: 1 });
    const error = await pool.compose({ summary: '   ', format: 'soap' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeError);
    expect((error as ComposeError).code).toBe('empty_input');
  });

  it('stops a compose over its budget, and the next compose still gets a note', async () => {
    pool = createComposePool({ size: 1, budgetMs: 10_000 });
    const error = await pool.compose({ summary: HEAVY, format: 'soap' }, { budgetMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeTimeoutError);
    expect((error as ComposeTimeoutError).budgetMs).toBe(1);
    // A rejection with the budget's error is the stop: a compose left to finish would resolve with a note.
    // (No wall-clock bound here: these machines are shared and noisy; the bench measures time.)
    const doc = await pool.compose({ summary: SUMMARY, format: 'soap' });
    expect(doc.risk.si).toBe('denied');
  });

  it('turns composes away when every worker is busy and the queue is full', async () => {
    // The budget is not what this test is about: a busy shared machine must not time the heavy composes out.
    pool = createComposePool({ size: 1, maxQueue: 1, budgetMs: 60_000 });
    await pool.compose({ summary: SUMMARY, format: 'soap' });
    const first = pool.compose({ summary: HEAVY, format: 'soap' });
    const second = pool.compose({ summary: HEAVY, format: 'soap' });
    await expect(pool.compose({ summary: SUMMARY, format: 'soap' })).rejects.toBeInstanceOf(ComposeBusyError);
    await expect(first).resolves.toHaveProperty('format', 'soap');
    await expect(second).resolves.toHaveProperty('format', 'soap');
  });

  it('turns away what waits when it closes, and everything after', async () => {
    pool = createComposePool({ size: 1 });
    const waiting = pool.compose({ summary: SUMMARY, format: 'soap' }).catch((e: unknown) => e);
    await pool.close();
    expect(await waiting).toBeInstanceOf(ComposeUnavailableError);
    await expect(pool.compose({ summary: SUMMARY, format: 'soap' })).rejects.toBeInstanceOf(ComposeUnavailableError);
  });
});
