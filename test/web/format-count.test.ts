// The Write page's character counts read as the English interface writes numbers.
import { describe, expect, test } from 'vitest';
import { formatCount } from '../../web/src/ui/format-count.ts';

describe('formatCount', () => {
  test('groups thousands with commas, as the interface always has', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(20000)).toBe('20,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-4200)).toBe('-4,200');
  });
});
