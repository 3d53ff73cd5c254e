import { escapeRegExp } from '../text/escape-reg-exp.ts';

/**
 * Regex source that matches any of the terms, as written (case-sensitive): one regex test in
 * place of a `terms.some((term) => text.includes(term))` loop, which scans the text once per term.
 * With no terms it matches nothing, as the loop finds nothing.
 * @example
 * new RegExp(anyTermPattern(['f/u', 'next week'])).test('see next week') // true
 */
export function anyTermPattern(terms: readonly string[]): string {
  return terms.length ? `(?:${terms.map(escapeRegExp).join('|')})` : '(?!)';
}
