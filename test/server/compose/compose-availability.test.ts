// One summary must not stall the server: composing runs in worker threads with a time budget,
// so /api/health (and everything else) answers while the heaviest summaries are composed, and
// a compose over its budget is stopped with a 503 that says what to change.
import { afterEach, describe, expect, it } from 'vitest';
import { repeatTo } from '../../support/adversarial-inputs.ts';
import { setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

/** The heaviest summaries found (about half a second each here): thousands of one-word lines or sentences. */
const WORST = [repeatTo('ab\n', 20_000), repeatTo('x. ', 20_000), repeatTo('- a\n', 20_000), repeatTo('SI/HI ', 20_000)];

let t: TestServer | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('POST /api/compose off the event loop', () => {
  it('answers /api/health while the heaviest summaries are being composed', async () => {
    // A budget far over these composes: what is measured is health while they run, not the budget
    // (tested below), and on a busy machine one of them may pass the default 2 s.
    t = await startTestServer({ config: { composeBudgetMs: 60_000 } });
    const owner = await setUpOwner(t);
    // The first compose starts the workers; what is measured is a server already composing.
    expect((await owner.post('/api/compose', { format: 'soap', summary: 'pt reports better sleep. denies SI/HI.' })).status).toBe(200);

    const composesStarted = performance.now();
    let firstComposeDone = Number.POSITIVE_INFINITY;
    let composing = true;
    const composes = Promise.all(
      [...WORST, ...WORST].map(async (summary, i) => {
        const res = await owner.post('/api/compose', { format: i % 2 ? 'simple' : 'soap', summary });
        firstComposeDone = Math.min(firstComposeDone, performance.now());
        return res.status;
      }),
    ).finally(() => {
      composing = false;
    });

    const health: { at: number; ms: number }[] = [];
    while (composing) {
      const sent = performance.now();
      const res = await fetch(`${t.url}/api/health`);
      expect(res.status).toBe(200);
      health.push({ at: performance.now(), ms: performance.now() - sent });
      await new Promise((r) => setTimeout(r, 10));
    }
    const statuses = await composes;
    const composeMs = performance.now() - composesStarted;

    expect(statuses.every((s) => s === 200)).toBe(true);
    // Health answered, several times, before even the first of the heavy composes was done.
    expect(health.filter((h) => h.at < firstComposeDone).length).toBeGreaterThanOrEqual(2);
    // Composing on the event loop held health back for the whole batch; its latency in figures is
    // in bench/compose-adversarial.bench.ts, never asserted here (shared machines are noisy).
    expect(Math.max(...health.map((h) => h.ms))).toBeLessThan(composeMs);
  });

  it('stops a compose over its budget with a 503 that says what to change, and goes on', async () => {
    t = await startTestServer({ config: { composeBudgetMs: 1, composeWorkers: 1 } });
    const owner = await setUpOwner(t);
    const slow = await owner.post('/api/compose', { format: 'soap', summary: WORST[0] });
    expect(slow.status).toBe(503);
    expect(slow.body.error.code).toBe('unavailable');
    expect(slow.body.error.message).toMatch(/took longer than 0\.001 s and was stopped\. Shorten the summary or split it/);
    expect(slow.body.error.message).not.toContain('ab');
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
    // A new worker took the stopped one's place: the next compose is heard (and stopped) too.
    const again = await owner.post('/api/compose', { format: 'soap', summary: WORST[1] });
    expect(again.status).toBe(503);
  });
});
