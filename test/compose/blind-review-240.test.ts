import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 240 (a small-town outpatient practice with a mixed caseload; one reviewer), read on 94c254e.
// Tested on a summary written here, not the reviewer's.

describe('review 240: a removal promised is no removal done', () => {
  const summary = 'Walk-in, crisis. Pt 30M, angry at ex-boss, said "I could make him pay", owns a shotgun. Denies plan to hurt him. Agreed to stay at his sister\'s tonight and to leave the shotgun locked at his dad\'s. Consulted w/ supervisor re: duty to warn.';

  it('"agreed ... to leave the shotgun locked at his dad\'s" keeps the access reported, never "removed or held by someone else"', () => {
    const risk = readSummary(summary).risk;
    expect(risk.meansRemoved).not.toBe(true);
    expect(section(summary, 'risk', 'soap')).not.toMatch(/reported removed or held by someone else/);
  });

});
