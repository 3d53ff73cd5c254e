// The words a note is indexed by and a query looks up are normalised alike, and the stop-word
// list is data that must itself be normalised (or its words would still be indexed).
import { expect, it } from 'vitest';
import { normaliseText, searchWords } from '../../../src/store/search/search-words.ts';
import { STOP_WORDS } from '../../../src/store/search/stop-words.ts';

it('lower-cases, removes accents, splits hyphens and punctuation, and keeps each word once', () => {
  expect(searchWords('Client reported SELF-HARM urges; café, Café… PHQ-9 = 14')).toEqual(['client', 'reported', 'self', 'harm', 'urges', 'cafe', 'phq', '14']);
});

it('drops stop words and one-letter words, so a query of them looks nothing up', () => {
  expect(searchWords('the client and her mother, a teacher')).toEqual(['client', 'mother', 'teacher']);
  expect(searchWords('to be or not to be')).toEqual(['not']);
  expect(searchWords('a I')).toEqual([]);
});

it('the stop words are normalised, distinct and not clinical', () => {
  expect(new Set(STOP_WORDS).size).toBe(STOP_WORDS.length);
  for (const word of STOP_WORDS) expect(normaliseText(word)).toBe(word);
  for (const clinical of ['client', 'not', 'no', 'denies', 'si', 'hi', 'plan']) expect(STOP_WORDS).not.toContain(clinical);
});
