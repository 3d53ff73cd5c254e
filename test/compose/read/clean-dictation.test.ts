import { describe, expect, it } from 'vitest';
import { cleanDictation } from '../../../src/compose/read/clean-dictation.ts';

// A summary with few full stops reads as dictated (25 words or more).
const dictated = (s: string): string => cleanDictation(`${s} and then we talked about work and school and how the week went and what she wants to do next time we meet`).replace(/\s+/g, ' ').trim();

describe('cleanDictation', () => {
  it('keeps the length, so source spans still point at the clinician’s words', () => {
    const s = 'um okay so he says intent is like a six out of ten and he kind of said goodbye on snapchat last night and we did the safety plan together today';
    expect(cleanDictation(s)).toHaveLength(s.length);
  });
  it('drops spoken hedges in dictation', () => {
    expect(dictated('he says intent is like a six out of ten')).toMatch(/^he says intent is a 6 out of 10 /);
    expect(dictated('he posted something kind of saying goodbye')).toMatch(/^he posted something saying goodbye /);
  });
  it('keeps "like" and "kind of" where they mean something', () => {
    expect(dictated('she feels like a failure, a kind of numbness')).toMatch(/^she feels like a failure, a kind of numbness /);
    expect(dictated('he would like to stop')).toMatch(/^he would like to stop /);
  });
  it('leaves typed summaries alone', () => {
    expect(cleanDictation('Intent is like a 6. Kind of tired.')).toBe('Intent is like a 6. Kind of tired.');
  });
  it('"and I quote ... end quote" is a quotation, and a spoken instrument name is written as such', () => {
    expect(dictated('she said and I quote what is even the point end quote so I asked about that')).toMatch(/^she said +"what is even the point" so I asked about that /);
    expect(dictated('PHQ nine was 19 today and GAD seven was 12')).toMatch(/^PHQ-9 was 19 today and GAD-7 was 12 /);
  });
});
