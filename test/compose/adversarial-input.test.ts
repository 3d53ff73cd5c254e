// A summary at the API's maximum (20,000 characters) made of one thing repeated must compose, and
// read right: the server and the batch share the composer, and one such summary used to take a
// minute ("SI/HI " repeated: 50 s here). Speed is measured in bench/compose-adversarial.bench.ts,
// never asserted here (shared machines are noisy); the test timeout catches only a hang.
import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { extractRisk } from '../../src/compose/read/extract-risk.ts';
import { findQuotes, insideAny } from '../../src/compose/text/find-quotes.ts';
import { MAX_CLAUSE_CHARS, splitClauses } from '../../src/compose/read/split-clauses.ts';
import { ADVERSARIAL_UNITS, repeatTo } from '../support/adversarial-inputs.ts';


describe('composing long repetitive summaries', () => {
  it.each(ADVERSARIAL_UNITS)('composes 20,000 characters of %j into a note', (unit) => {
    const doc = composeNote({ summary: repeatTo(unit, 20_000), format: 'soap' });
    expect(doc.sections.length).toBeGreaterThan(0);
  });

  it('still reads risk from a long run: denied SI and HI repeated is a denial', () => {
    const doc = composeNote({ summary: repeatTo('denies SI/HI, ', 20_000), format: 'soap' });
    expect(doc.risk.si).toBe('denied');
    expect(doc.risk.hi).toBe('denied');
  });
});

describe('extractRisk on one clause of thousands of mentions', () => {
  // The splitter caps a clause at 1,000 characters, but the risk reader takes clauses as given: each
  // mention used to re-read the whole clause before and around it (about 7 s for 6,000 mentions).
  it.each([
    ['', 'active', 'present'],
    ['denies ', 'denied', 'denied'],
  ])('reads %j + "suicidal ideation/homicidal ideation" x3,000 as one statement', (lead, si, hi) => {
    const risk = extractRisk([`${lead}${'suicidal ideation/homicidal ideation '.repeat(3000)}`]);
    expect({ si: risk.si, hi: risk.hi }).toEqual({ si, hi });
  });
});

describe('splitClauses on runs without full stops', () => {
  it('cuts a run longer than the cap after a comma, never inside a phrase', () => {
    const text = 'felt tired and low all week, '.repeat(170).trim();
    const clauses = splitClauses(text);
    expect(clauses.length).toBeGreaterThan(1);
    for (const c of clauses) {
      expect(c.end - c.start).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
      expect(c.text.endsWith('week')).toBe(true);
    }
  });

  it('leaves an ordinary long sentence whole', () => {
    const sentence = 'pt reports rough wk, fight w/ husband re finances, felt unheard and shut down when he raised the credit card bill again';
    expect(splitClauses(sentence)).toHaveLength(1);
  });
});

describe('findQuotes on many unclosed quotes', () => {
  it('finds no quote in a line of openings that never close', () => {
    expect(findQuotes(repeatTo("'x ", 20_000))).toEqual([]);
  });

  it('still closes a quote after an unclosed one on an earlier line', () => {
    const text = "'open\nshe said 'fine' today";
    expect(findQuotes(text).map((s) => text.slice(s.start, s.end))).toEqual(["'fine'"]);
  });

  it('tells inside from outside by position', () => {
    const text = 'a "b c" d "e" f';
    const spans = findQuotes(text);
    expect([...text].map((_, i) => insideAny(spans, i))).toEqual([...text].map((_, i) => (i > 2 && i < 6) || (i > 10 && i < 12)));
  });
});
