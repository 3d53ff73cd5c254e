import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/compose/read/all-matches.ts';

// The risk reader finds every mention through allMatches; it must find exactly what matchAll finds.
const same = (re: RegExp, text: string): void => {
  const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(want);
};

describe('allMatches', () => {
  it('finds every mention in a clause, as matchAll does', () => {
    same(/\b(SI|HI)\b/g, 'denies SI/HI; SI passive, no HI');
    same(/(?<![a-z-])(suicidal ideation|self-harm)(?![a-z])/gi, 'non-suicidal self-injury; Suicidal ideation denied; self-harm hx');
  });

  it('moves past empty matches without stopping or skipping a character', () => {
    same(/x*/g, 'axxb');
    same(/(?:)/gu, 'a😀b');
  });

  it('starts where the pattern was left and leaves it there', () => {
    const re = /\bno\b/g;
    re.lastIndex = 3;
    same(re, 'no plan, no intent');
    expect(re.lastIndex).toBe(3);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/SI/, 'SI')).toThrow(TypeError);
  });
});
