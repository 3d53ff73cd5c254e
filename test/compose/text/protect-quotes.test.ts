// Quoted speech is set aside while a clause is rewritten and put back as written. The reader tidies
// a quote's jotting when it first reads it; the writer, given text the reader already tidied,
// passes nothing and changes no quote.
import { describe, expect, it } from 'vitest';
import { expandInQuote } from '../../../src/compose/read/expand-shorthand.ts';
import { protectQuotes, restoreQuotes } from '../../../src/compose/text/protect-quotes.ts';

describe('protectQuotes and restoreQuotes', () => {
  it('hides each quote from a rewrite and puts it back in double quotation marks', () => {
    const { text, quotes } = protectQuotes("said 'I can't go back' and \"not today\"");
    expect(text).toBe('said ⟦0⟧ and ⟦1⟧');
    expect(restoreQuotes(text.replace('said', 'Client stated'), quotes)).toBe('Client stated "I can\'t go back" and "not today"');
  });

  it("leaves a quote's words as they are unless the reader gives its tidying", () => {
    const jotted = 'pt said "i feel lost w/o him"';
    const asWritten = protectQuotes(jotted);
    expect(restoreQuotes(asWritten.text, asWritten.quotes)).toBe(jotted);
    const read = protectQuotes(jotted, expandInQuote);
    expect(restoreQuotes(read.text, read.quotes)).toBe('pt said "I feel lost without him"');
  });
});
