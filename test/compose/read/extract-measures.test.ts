import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, findInstrument, scoreBand } from '../../../src/measures/index.ts';
import { extractMeasures } from '../../../src/compose/read/extract-measures.ts';
import { rewriteClause } from '../../../src/compose/read/read-summary.ts';

const band = (instrument: string, score: number): string | undefined => extractMeasures(`${instrument} score of ${score}`)[0]?.band;

describe('PHQ-9 severity bands', () => {
  it.each<[number, string]>([
    [0, 'minimal'], [4, 'minimal'],
    [5, 'mild'], [9, 'mild'],
    [10, 'moderate'], [14, 'moderate'],
    [15, 'moderately severe'], [19, 'moderately severe'],
    [20, 'severe'], [27, 'severe'],
  ])('%i is %s', (score, label) => {
    expect(band('PHQ-9', score)).toBe(label);
  });

  it('a score above the maximum has no band (never guessed)', () => {
    const [m] = extractMeasures('PHQ-9 score of 30');
    expect(m).toMatchObject({ instrument: 'PHQ-9', score: 30, max: 27 });
    expect(m!.band).toBeUndefined();
  });
});

describe('GAD-7 severity bands', () => {
  it.each<[number, string]>([
    [0, 'minimal'], [4, 'minimal'],
    [5, 'mild'], [9, 'mild'],
    [10, 'moderate'], [14, 'moderate'],
    [15, 'severe'], [21, 'severe'],
  ])('%i is %s', (score, label) => {
    expect(band('GAD-7', score)).toBe(label);
  });

  it('a score above 21 has no band', () => {
    expect(band('GAD-7', 22)).toBeUndefined();
  });
});

describe('extractMeasures', () => {
  it('reads a score with its previous value', () => {
    expect(extractMeasures('PHQ-9 score of 12 (was 15)')).toMatchObject([{ instrument: 'PHQ-9', score: 12, previous: 15, max: 27, band: 'moderate' }]);
    expect(extractMeasures('GAD-7 score of 14 (16 at intake)')).toMatchObject([{ instrument: 'GAD-7', score: 14, previous: 16, max: 21, band: 'moderate' }]);
  });

  it('reads spelling variants', () => {
    expect(extractMeasures('PHQ9 score of 4')[0]).toMatchObject({ instrument: 'PHQ-9', score: 4 });
    expect(extractMeasures('gad7 score of 9')[0]).toMatchObject({ instrument: 'GAD-7', score: 9, band: 'mild' });
  });

  it('reads several measures in one clause', () => {
    expect(extractMeasures('PHQ-9 score of 12, GAD-7 score of 8').map((m) => m.instrument)).toEqual(['PHQ-9', 'GAD-7']);
  });

  it('reads jotted scores once the reader has rewritten them', () => {
    expect(extractMeasures(rewriteClause('PHQ-9: 17'))[0]).toMatchObject({ instrument: 'PHQ-9', score: 17, band: 'moderately severe' });
    expect(extractMeasures(rewriteClause('GAD7 = 9'))[0]).toMatchObject({ instrument: 'GAD-7', score: 9, band: 'mild' });
    expect(extractMeasures(rewriteClause('PHQ-9 12'))[0]).toMatchObject({ instrument: 'PHQ-9', score: 12 });
  });

  it('reads lower-case jottings too', () => {
    expect(extractMeasures(rewriteClause('phq-9 12'))[0]).toMatchObject({ instrument: 'PHQ-9', score: 12, band: 'moderate' });
    expect(extractMeasures(rewriteClause('gad-7 was 16'))[0]).toMatchObject({ instrument: 'GAD-7', score: 16, band: 'severe' });
  });

  it('reads a SUD change', () => {
    expect(extractMeasures(rewriteClause('SUD 8 -> 0'))).toMatchObject([{ instrument: 'SUDS', score: 0, previous: 8, max: 10 }]);
  });

  it('PCL-5 uses the provisional cut-off, not severity', () => {
    expect(band('PCL-5', 30)).toBe('below the provisional cut-off');
    expect(band('PCL-5', 40)).toMatch(/at or above the provisional cut-off/);
  });

  it('finds nothing in a clause without a score', () => {
    expect(extractMeasures('PHQ-9 given')).toMatchObject([]);
    expect(extractMeasures('client reports better sleep')).toMatchObject([]);
  });
});

describe('measures: instrument data', () => {
  it('bands are contiguous from 0 to max, without overlap', () => {
    for (const i of INSTRUMENTS.filter((x) => x.bands.length)) {
      expect(i.bands[0]!.min, i.name).toBe(0);
      expect(i.bands.at(-1)!.max, i.name).toBe(i.max);
      for (let k = 1; k < i.bands.length; k++) expect(i.bands[k]!.min, i.name).toBe(i.bands[k - 1]!.max + 1);
    }
  });

  it('findInstrument knows every alias and name', () => {
    for (const i of INSTRUMENTS) {
      expect(findInstrument(i.name)).toBe(i);
      for (const a of i.aliases) expect(findInstrument(a.toUpperCase())).toBe(i);
    }
  });

  it('scoreBand refuses negative or out-of-range scores', () => {
    const phq = findInstrument('PHQ-9')!;
    expect(scoreBand(phq, -1)).toBeUndefined();
    expect(scoreBand(phq, 28)).toBeUndefined();
  });
});
