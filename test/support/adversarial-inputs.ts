// Long, odd summaries that once made the composer slow (time growing with the square of the
// length) or broke the API's answer: shared by the composer tests, the server's never-a-500 test
// and bench/compose-adversarial.bench.ts.

/** Units repeated to the wanted length. Each was quadratic, or close to it, in some step of the reader. */
export const ADVERSARIAL_UNITS: readonly string[] = [
  'SI/HI ',
  'no hx of SI HI ',
  'SI, ',
  'anxiety; ',
  'pt pt pt ',
  "'x ",
  '("a" ',
  'a - b ',
  'ab\n',
  'x. ',
  'client talked about work and family stress and sleep ',
  // One word 20,000 letters long: a look back over letters, tried at every position.
  'aaaa',
  // One risk term listed thousands of times: each mention read the rest of the list.
  'SI, ',
];

/** `unit` repeated and cut to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit ? unit.repeat(Math.ceil(length / unit.length)).slice(0, length) : '';
}
