// The palette keeps text readable: every text colour meets WCAG AA (4.5:1) on the surfaces it is
// used on. Reads the real tokens from web/src/styles/tokens.css.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = readFileSync(new URL('../../web/src/styles/tokens.css', import.meta.url), 'utf8');
const token = (name: string): string => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!match?.[1]) throw new Error(`token --${name} missing`);
  return match[1];
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour contrast of the design tokens', () => {
  const pairs: [string, string][] = [
    ['ink', 'paper'],
    ['ink', 'surface'],
    ['ink-2', 'surface-2'],
    ['muted', 'surface'],
    ['muted', 'paper'],
    ['muted', 'surface-2'],
    ['accent', 'surface'],
    ['accent-ink', 'accent-soft'],
    ['warn', 'warn-soft'],
    ['danger', 'danger-soft'],
    ['ok', 'ok-soft'],
    ['edited', 'edited-soft'],
    ['ink', 'highlight'],
  ];
  test.each(pairs)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(4.5);
  });

  test('white text on the accent (primary buttons) is at least 4.5:1', () => {
    expect(contrast('#ffffff', token('accent'))).toBeGreaterThanOrEqual(4.5);
  });
});
