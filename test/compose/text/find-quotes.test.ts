import { describe, expect, it } from 'vitest';
import { findQuotes, insideAny } from '../../../src/compose/text/find-quotes.ts';

const quoted = (s: string): string[] => findQuotes(s).map((q) => s.slice(q.start, q.end));

describe('findQuotes', () => {
  it('finds double-quoted speech, quotes included in the span', () => {
    expect(quoted('she said "I give up" and later "fine"')).toEqual(['"I give up"', '"fine"']);
  });

  it('finds single-quoted speech', () => {
    expect(quoted("mom calls it 'tough love' at home")).toEqual(["'tough love'"]);
  });

  it('apostrophes inside words are not quotes', () => {
    expect(quoted("client's mom said I'm ok and it's fine")).toEqual([]);
    expect(quoted("pt's mom's boss")).toEqual([]);
  });

  it('a single quote containing an apostrophe closes at the real closing quote', () => {
    expect(quoted("she said 'I can't win' again")).toEqual(["'I can't win'"]);
  });

  it('a single quote closes before punctuation', () => {
    expect(quoted("called it 'a mess', then cried")).toEqual(["'a mess'"]);
    expect(quoted("called it 'a mess'.")).toEqual(["'a mess'"]);
  });

  it('a single quote opens after a bracket or colon', () => {
    expect(quoted("(said 'never again')")).toEqual(["'never again'"]);
    expect(quoted("NC:'I am bad'")).toEqual(["'I am bad'"]);
  });

  it('a single quote does not run across a line break', () => {
    expect(quoted("she said 'I am\nfine' later")).toEqual([]);
  });

  it('an unclosed double quote is not a quote', () => {
    expect(quoted('she said "I give up and left')).toEqual([]);
  });

  it('single quotes inside a double quote belong to it', () => {
    expect(quoted(`she said "he called it 'nothing' again"`)).toEqual([`"he called it 'nothing' again"`]);
  });

  it('returns spans in order without overlap', () => {
    const s = `"a" then 'b c' then "d"`;
    const spans = findQuotes(s);
    expect(spans.map((q) => s.slice(q.start, q.end))).toEqual(['"a"', "'b c'", '"d"']);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  it('returns nothing for text without quotes', () => {
    expect(findQuotes('no quotes here')).toEqual([]);
    expect(findQuotes('')).toEqual([]);
  });
});

describe('insideAny', () => {
  it('is true strictly between the quote marks', () => {
    const s = 'x "ab" y';
    const spans = findQuotes(s);
    expect(insideAny(spans, s.indexOf('"'))).toBe(false);
    expect(insideAny(spans, s.indexOf('a'))).toBe(true);
    expect(insideAny(spans, s.indexOf('b'))).toBe(true);
    expect(insideAny(spans, s.lastIndexOf('"'))).toBe(false);
    expect(insideAny(spans, s.indexOf('y'))).toBe(false);
  });
});
