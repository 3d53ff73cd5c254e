// A component or hook under web/src is split by what it shows or does before it passes 200 lines
// (issue 8: a 500-line page hides its parts and merges badly). OVER_LIMIT lists the files still
// longer, each with its length when listed: a listed file may only shrink, and leaves the list
// once it is within the limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const webSrc = join(root, 'web', 'src');
const LIMIT = 200;

/** Files still over the limit, as path from the repository root: its line count when listed. */
const OVER_LIMIT: Record<string, number> = {};

/** Every .ts and .tsx file under web/src with its number of lines. */
function webFiles(): { path: string; lines: number }[] {
  return readdirSync(webSrc, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(webSrc, name), 'utf8');
      return { path: relative(root, join(webSrc, name)).split('\\').join('/'), lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) };
    });
}

describe('web file size', () => {
  const files = webFiles();

  it('reads the web sources (the check is not looking at nothing)', () => {
    expect(files.map((f) => f.path)).toContain('web/src/review/review-page.tsx');
    expect(files.length).toBeGreaterThan(100);
  });

  it(`no file under web/src is over ${LIMIT} lines, except those still listed`, () => {
    const over = files.filter((f) => f.lines > LIMIT && !(f.path in OVER_LIMIT)).map((f) => `${f.path}: ${f.lines} lines`);
    // Split each one named here into smaller components or hooks named for what they show or do.
    expect(over).toEqual([]);
  });

  it('a listed file only shrinks, and leaves the list once within the limit', () => {
    const lines = new Map(files.map((f) => [f.path, f.lines]));
    const grown = Object.entries(OVER_LIMIT)
      .filter(([path, listed]) => (lines.get(path) ?? 0) > listed)
      .map(([path, listed]) => `${path}: ${lines.get(path)} lines, listed at ${listed}`);
    expect(grown).toEqual([]);
    const withinLimit = Object.keys(OVER_LIMIT).filter((path) => (lines.get(path) ?? 0) <= LIMIT);
    expect(withinLimit).toEqual([]);
  });
});
