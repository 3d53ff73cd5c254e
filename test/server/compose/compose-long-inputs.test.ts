// Any summary the API accepts gets a note or a 4xx that says what to change; never a 500.
// Long, odd summaries (repetitions, no punctuation, unicode, many quotes, lists) go through the
// real server, and each note it answers can be saved as it is.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL_UNITS, repeatTo } from '../../support/adversarial-inputs.ts';
import { type ApiClient, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

const ODD_UNITS = [
  ...ADVERSARIAL_UNITS,
  'anxiety; ',
  'ED; ',
  'denies SI ',
  'protective factors: a, b, c, d. ',
  'safety plan reviewed; ',
  'plan: x\n',
  'S: a\nO: b\n',
  'PHQ-9 12; ',
  'aaaa',
  '😀',
  'café — “naïve” ‘x’ ',
  'שלום עולם ',
  'a\u200bb\u00ad ',
  '""""',
  "''''",
  '((((',
  '\t\r\n',
  '\u0000\u0007',
  '\ud800',
];

let t: TestServer;
let owner: ApiClient;
beforeAll(async () => {
  // What is tested is the answer to odd input, not its speed (bench/compose-adversarial.bench.ts
  // measures that; compose-availability.test.ts tests the budget): on a busy machine one of
  // these composes may pass the default 2 s budget and be answered 503.
  t = await startTestServer({ config: { composeBudgetMs: 60_000 } });
  owner = await setUpOwner(t);
});
afterAll(async () => {
  await t.stop();
});

/** Composes; a note must save as it is, a refusal must be a 4xx that names the field and says what to do. */
async function composeAndKeep(summary: string, format: string): Promise<number> {
  const res = await owner.post('/api/compose', { format, summary });
  expect(res.status, `compose of ${summary.length} characters`).not.toBe(500);
  if (res.status === 200) {
    const saved = await owner.post('/api/notes', { format, summary, document: res.body });
    expect(saved.status, `saving the note of ${summary.length} characters`).toBe(200);
    await owner.delete(`/api/notes/${saved.body.note.id}`);
  } else {
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.message).toMatch(/\w+/);
  }
  return res.status;
}

describe('POST /api/compose on long, odd summaries', () => {
  it('answers 2,000 characters of "anxiety; " with a note that can be saved', async () => {
    expect(await composeAndKeep(repeatTo('anxiety; ', 2000), 'soap')).toBe(200);
  });

  it.each([2000, 20_000])('never answers 500 to %i characters of one thing repeated', async (length) => {
    const statuses: number[] = [];
    for (const [i, unit] of ODD_UNITS.entries()) statuses.push(await composeAndKeep(repeatTo(unit, length), ['soap', 'simple', 'girp', 'pie'][i % 4]!));
    // The answers are notes: a refusal is for the extreme, not the ordinary.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(ODD_UNITS.length / 2);
  }, 180_000);

  it('never answers 500 to random mixtures up to the maximum length', async () => {
    const piece = fc.oneof(fc.constantFrom(...ODD_UNITS), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('soap', 'dap', 'birp', 'simple'), async (pieces, length, format) => {
        const summary = repeatTo(pieces.join(''), length);
        if (!summary.trim()) return;
        await composeAndKeep(summary, format);
      }),
      { numRuns: 25 },
    );
  }, 180_000);

});
