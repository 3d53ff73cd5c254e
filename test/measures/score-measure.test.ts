// Scoring against the published tables (reference/clinical.md section 9.1), written out here
// rather than read from src/measures, so a wrong number in the instrument table fails a test.
import { describe, expect, it } from 'vitest';
import { describeChange, type MeasureScore, scoreMeasure, withChanges } from '#measures';

function scored(entry: Parameters<typeof scoreMeasure>[0]): MeasureScore {
  const result = scoreMeasure(entry);
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.score;
}
function errors(entry: Parameters<typeof scoreMeasure>[0]): string[] {
  const result = scoreMeasure(entry);
  if (result.ok) throw new Error('expected a validation error');
  return result.errors;
}

// [instrument, total, band]: each band's first and last score, from the published tables.
const BOUNDARIES: [string, number, string][] = [
  ['PHQ-9', 0, 'minimal'], ['PHQ-9', 4, 'minimal'], ['PHQ-9', 5, 'mild'], ['PHQ-9', 9, 'mild'],
  ['PHQ-9', 10, 'moderate'], ['PHQ-9', 14, 'moderate'], ['PHQ-9', 15, 'moderately severe'], ['PHQ-9', 19, 'moderately severe'],
  ['PHQ-9', 20, 'severe'], ['PHQ-9', 27, 'severe'],
  ['GAD-7', 0, 'minimal'], ['GAD-7', 4, 'minimal'], ['GAD-7', 5, 'mild'], ['GAD-7', 9, 'mild'],
  ['GAD-7', 10, 'moderate'], ['GAD-7', 14, 'moderate'], ['GAD-7', 15, 'severe'], ['GAD-7', 21, 'severe'],
  // PCL-5 has no severity bands: only the provisional cut-off of 31-33 (its low end is used).
  ['PCL-5', 0, 'below the provisional cut-off'], ['PCL-5', 30, 'below the provisional cut-off'],
  ['PCL-5', 31, 'at or above the provisional cut-off of 31-33'], ['PCL-5', 80, 'at or above the provisional cut-off of 31-33'],
  ['PHQ-2', 2, 'negative screen'], ['PHQ-2', 3, 'positive screen'], ['PHQ-2', 6, 'positive screen'],
  ['GAD-2', 2, 'negative screen'], ['GAD-2', 3, 'positive screen'], ['GAD-2', 6, 'positive screen'],
];

/** Item answers of `count` items (each at most `max`) adding up to `total`, front-loaded. */
function itemsFor(total: number, count: number, max: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.max(0, Math.min(max, total - i * max)));
}

const ITEMS: Record<string, [number, number]> = { 'PHQ-9': [9, 3], 'GAD-7': [7, 3], 'PCL-5': [20, 4], 'PHQ-2': [2, 3], 'GAD-2': [2, 3] };

describe('scoring at every band boundary', () => {
  it.each(BOUNDARIES)('%s total %i is %s, from the total and from items', (instrument, total, band) => {
    expect(scored({ instrument, total })).toMatchObject({ instrument, total, band });
    const [count, max] = ITEMS[instrument] as [number, number];
    const items = itemsFor(total, count, max);
    expect(scored({ instrument, items })).toMatchObject({ total, band, items });
  });

  it('reads jotted names and has no band for a single rating', () => {
    expect(scored({ instrument: 'phq9', total: 12 }).instrument).toBe('PHQ-9');
    expect(scored({ instrument: 'gad 7', total: 3 }).band).toBe('minimal');
    expect(scored({ instrument: 'SUDS', total: 60 })).toMatchObject({ total: 60, band: null });
  });
});

describe('PHQ-9 item 9', () => {
  it('above zero is a risk warning the note must address, even with a minimal total', () => {
    const score = scored({ instrument: 'PHQ-9', items: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    expect(score.band).toBe('minimal');
    expect(score.warnings).toEqual([
      {
        code: 'risk_item',
        item: 9,
        message:
          'PHQ-9 item 9 (thoughts that the client would be better off dead, or of self-harm) was answered 1 ("several days"): the note must document a risk assessment, whatever the total.',
      },
    ]);
  });

  it('at zero gives no warning; a total alone says item 9 is not known', () => {
    expect(scored({ instrument: 'PHQ-9', items: [3, 3, 3, 3, 3, 3, 3, 3, 0] }).warnings).toEqual([]);
    expect(scored({ instrument: 'PHQ-9', total: 14 }).warnings.map((w) => [w.code, w.item])).toEqual([['risk_item_unknown', 9]]);
    expect(scored({ instrument: 'GAD-7', total: 14 }).warnings).toEqual([]);
  });
});

describe('validation says what to fix', () => {
  it('wrong item count', () => {
    expect(errors({ instrument: 'PHQ-9', items: [1, 1, 1, 1, 1, 1, 1, 1] })).toEqual(['PHQ-9 has 9 items and 8 answers were given: give one answer per item, each 0 to 3.']);
  });
  it('an item out of range, named by number, and a fraction', () => {
    expect(errors({ instrument: 'GAD-7', items: [0, 1, 4, 0, 0, 1.5, 0] })).toEqual([
      'GAD-7 item 3 must be a whole number from 0 to 3.',
      'GAD-7 item 6 must be a whole number from 0 to 3.',
    ]);
    expect(errors({ instrument: 'PCL-5', items: [...Array(19).fill(4), 5] })).toEqual(['PCL-5 item 20 must be a whole number from 0 to 4.']);
  });
  it('a total out of range', () => {
    expect(errors({ instrument: 'PHQ-9', total: 28 })).toEqual(['A PHQ-9 total must be a whole number from 0 to 27.']);
    expect(errors({ instrument: 'GAD-7', total: -1 })).toEqual(['A GAD-7 total must be a whole number from 0 to 21.']);
  });
  it('items and a total that disagree, nothing given, an unknown instrument, items for a single rating', () => {
    expect(errors({ instrument: 'PHQ-9', items: [1, 1, 1, 1, 1, 1, 1, 1, 1], total: 10 })[0]).toEqual('The PHQ-9 items do not add up to the total given: give the items or the total, or correct one.');
    expect(errors({ instrument: 'PHQ-9' })).toEqual(['Give the PHQ-9 its 9 item answers (each 0 to 3) or total (0 to 27).']);
    expect(errors({ instrument: 'BDI-II', total: 10 })[0]).toMatch(/^Unknown instrument\. Use one of: PHQ-9, GAD-7, PCL-5/);
    expect(errors({ instrument: 'SUDS', items: [5] })).toEqual(['SUDS is entered as a single score: give the total, not items.']);
  });
});

describe('change from previous and baseline', () => {
  it('PHQ-9: a fall of 6 is reliable, of 5 is not (NHS Talking Therapies)', () => {
    expect(describeChange('PHQ-9', 12, { previous: 18, baseline: 20 })).toEqual({
      fromPrevious: { points: -6, reliable: true, direction: 'better' },
      fromBaseline: { points: -8, reliable: true, direction: 'better' },
      threshold: { points: 6, meaning: 'reliable change' },
    });
    expect(describeChange('PHQ-9', 13, { previous: 18 }).fromPrevious).toEqual({ points: -5, reliable: false, direction: 'better' });
    expect(describeChange('PHQ-9', 24, { previous: 18 }).fromPrevious).toEqual({ points: 6, reliable: true, direction: 'worse' });
  });
  it('GAD-7 at 4 points; PCL-5 at 10 (clinically meaningful); none for PHQ-2', () => {
    expect(describeChange('GAD-7', 11, { previous: 15 }).fromPrevious?.reliable).toBe(true);
    expect(describeChange('GAD-7', 12, { previous: 15 }).fromPrevious?.reliable).toBe(false);
    expect(describeChange('PCL-5', 40, { previous: 50 })).toMatchObject({ fromPrevious: { points: -10, reliable: true }, threshold: { points: 10, meaning: 'clinically meaningful change' } });
    expect(describeChange('PCL-5', 41, { previous: 50 }).fromPrevious?.reliable).toBe(false);
    expect(describeChange('PHQ-2', 0, { previous: 6 })).toMatchObject({ fromPrevious: { points: -6, reliable: null }, threshold: null });
  });
  it('the first score has no change; a higher VOC is better', () => {
    expect(describeChange('PHQ-9', 12, {})).toMatchObject({ fromPrevious: null, fromBaseline: null });
    expect(describeChange('VOC', 6, { previous: 3 }).fromPrevious?.direction).toBe('better');
  });
});

describe('a client history', () => {
  it('compares each administration with the previous and the first of the same instrument only', () => {
    const history = withChanges([
      { instrument: 'PHQ-9', items: null, total: 20 },
      { instrument: 'GAD-7', items: null, total: 15 },
      { instrument: 'PHQ-9', items: null, total: 16 },
      { instrument: 'PHQ-9', items: [1, 1, 1, 1, 1, 1, 1, 1, 1], total: 9 },
    ]);
    expect(history.map((h) => [h.instrument, h.band, h.change.fromPrevious?.points ?? null, h.change.fromBaseline?.points ?? null])).toEqual([
      ['PHQ-9', 'severe', null, null],
      ['GAD-7', 'severe', null, null],
      ['PHQ-9', 'moderately severe', -4, -4],
      ['PHQ-9', 'mild', -7, -11],
    ]);
    expect(history[2]?.change.fromPrevious?.reliable).toBe(false);
    expect(history[3]?.change.fromPrevious?.reliable).toBe(true);
    expect(history[3]?.warnings.map((w) => w.code)).toEqual(['risk_item']);
  });
});
