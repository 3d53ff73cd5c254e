import { describe, expect, it } from 'vitest';
import { foldAccents } from '../../src/compose/text/fold-accents.ts';
import { note, section } from './note-text.ts';

// Names and words with accents ("José", "Inés", "Zoë", "Chávez") are read as the same words without
// them, and the note gives every accent back: a name is never respelled.

describe('accented names', () => {
  it('"Met with Zoë (16) and mom" is the session line, as it is for "Maya (16)"', () => {
    const summary = 'Met with Zoë (16) and mom. Zoë said school is hard, mom worried about her sleep. Zoë denies SI. Taught sleep hygiene.';
    expect(section(summary, 'session', 'soap')).toMatch(/Met with Zoë \(16\) and mother/);
    expect(section(summary, 'subjective', 'soap')).toMatch(/^Zoë said school is hard/);
  });

  it('the note keeps every accent, in capitals too', () => {
    const out = note('Indiv 50 min w/ Inés Chávez, 34. Inés reports sleeping better; said "ya no tengo miedo". Practiced grounding. Denies SI. F/u 1 wk.', 'dap');
    expect(out).toMatch(/Inés/);
    expect(out).toMatch(/"ya no tengo miedo"/);
    expect(out).not.toMatch(/\bInes\b|\bChavez\b/);
  });

  it('folding keeps every character at its offset, so the source spans stay true', () => {
    const text = 'Session w/ José and Inés; Zoë (16) and Ñandú.';
    expect(foldAccents(text).text).toHaveLength(text.length);
    expect(foldAccents(text).text).toBe('Session w/ Jose and Ines; Zoe (16) and Nandu.');
    expect(foldAccents(text).restore('JOSE and Ines spoke; jose')).toBe('JOSÉ and Inés spoke; josé');
    // ("José's wife": the name alone is given its accent back wherever the note writes it.)
    expect(foldAccents("José's wife came.").restore("Jose's wife came; Jose was absent.")).toBe("José's wife came; José was absent.");
  });

  it('a word the summary also writes without its accent stays as written, and so does the other', () => {
    const f = foldAccents('Updated her résumé; will resume job search.');
    expect(f.text).toBe('Updated her résumé; will resume job search.');
    expect(f.restore('will resume job search')).toBe('will resume job search');
  });

});
