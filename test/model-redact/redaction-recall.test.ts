// Redaction recall on the held-out half of the synthetic corpus (test/model-redact/redaction-corpus.ts):
// names, dates and contact details at least 99%, every miss printed so it can be read.
import { describe, expect, it } from 'vitest';
import { createRedaction } from '#model-redact';
import { type Category, generateCorpus } from './redaction-corpus.ts';

/** The characters of `text` that the redactor replaced: the output, its placeholders as wildcards, matched against the input. */
function redactedMask(text: string, redacted: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const parts = redacted.split(/\[[A-Z]+(?:_\d+)?\]/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(`^${parts.join('(.+?)')}$`, 'sd').exec(text);
  if (!match?.indices) throw new Error('the redacted text does not align with the input');
  for (const [start, end] of match.indices.slice(1).filter((x) => x !== undefined)) for (let c = start; c < end; c++) mask[c] = true;
  return mask;
}

function measure(split: 'tuning' | 'test') {
  const corpus = generateCorpus({ split, count: 400, seed: split === 'test' ? 20261203 : 7 });
  const totals: Record<Category, { found: number; all: number }> = { names: { found: 0, all: 0 }, places: { found: 0, all: 0 }, dates: { found: 0, all: 0 }, contact: { found: 0, all: 0 }, ids: { found: 0, all: 0 }, ages: { found: 0, all: 0 } };
  const misses: string[] = [];
  let overRedacted = 0;
  for (const c of corpus) {
    const redaction = createRedaction(c.profile);
    const out = redaction.redact(c.text);
    expect(redaction.restore(out)).toBe(c.text);
    const mask = redactedMask(c.text, out);
    for (const id of c.identifiers) {
      totals[id.category].all++;
      let covered = true;
      for (let i = id.start; i < id.end; i++) if (/[A-Za-z0-9]/.test(c.text[i]!) && !mask[i]) covered = false;
      if (covered) totals[id.category].found++;
      else misses.push(`${id.slot}: "${c.text.slice(id.start, id.end)}" in: ${out}`);
    }
    const inIdentifier = (i: number) => c.identifiers.some((id) => i >= id.start && i < id.end);
    for (const [i, m] of mask.entries()) if (m && /[A-Za-z]/.test(c.text[i]!) && !inIdentifier(i) && (i === 0 || !mask[i - 1] || inIdentifier(i - 1))) overRedacted++;
  }
  return { totals, misses, overRedacted };
}

describe('redaction recall on templates never tuned against', () => {
  const { totals, misses, overRedacted } = measure('test');
  const recall = (c: Category) => totals[c].found / totals[c].all;
  console.log(
    `redaction recall (held-out templates): ${Object.entries(totals)
      .map(([k, v]) => `${k} ${((100 * v.found) / v.all).toFixed(2)}% (${v.found}/${v.all})`)
      .join(', ')}; words redacted that were not identifiers: ${overRedacted}`,
  );
  for (const miss of misses) console.log(`missed ${miss}`);

  it('finds at least 99% of names', () => expect(recall('names')).toBeGreaterThanOrEqual(0.99));
  it('finds at least 99% of places', () => expect(recall('places')).toBeGreaterThanOrEqual(0.99));
  it('finds at least 99% of dates', () => expect(recall('dates')).toBeGreaterThanOrEqual(0.99));
  it('finds at least 99% of contact details (phone, email, address, ZIP, web address)', () => expect(recall('contact')).toBeGreaterThanOrEqual(0.99));
  it('finds at least 99% of record and insurance numbers and ages over 89', () => {
    expect(recall('ids')).toBeGreaterThanOrEqual(0.99);
    expect(recall('ages')).toBeGreaterThanOrEqual(0.99);
  });
});
