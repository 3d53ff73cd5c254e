import { describe, expect, it } from 'vitest';
import { composeNote } from '../../../src/compose/index.ts';
import { INSTRUMENTS, scoreBand } from '../../../src/measures/index.ts';

const section = (doc: ReturnType<typeof composeNote>, key: string): string => doc.sections.find((s) => s.key === key)!.text;

describe('scores in the note', () => {
  it('a score is written in full with its band and its change, and read in the assessment; an earlier score in the same band is not banded again', () => {
    const doc = composeNote({ summary: 'pt reports worse week. PHQ-9 19 (was 17). reviewed thought log. f/u 1 wk', format: 'soap' });
    expect(section(doc, 'objective')).toContain('Patient Health Questionnaire-9 (PHQ-9) was 19 (moderately severe), up from 17.');
    expect(section(doc, 'assessment')).toContain('The PHQ-9 score of 19 is in the moderately severe range, up from 17.');
  });

  it('a change since intake keeps when the earlier score was taken', () => {
    const doc = composeNote({ summary: 'PHQ-9 4 today (21 at intake in March). reviewed relapse plan.', format: 'dap' });
    expect(section(doc, 'data')).toMatch(/\(PHQ-9\) was 4 today \(minimal\), down from 21 \(severe\) at intake in March/);
  });

  it('a rating without published bands keeps the clinician\'s words and gets no band', () => {
    const doc = composeNote({ summary: 'EMDR reprocessing, SUD 8 -> 3 by end.', format: 'birp' });
    const text = doc.sections.map((s) => s.text).join(' ');
    expect(text).toMatch(/from 8 to 3/);
    expect(text).not.toMatch(/\b(minimal|mild|moderate|severe) range/);
  });
});

describe('the instrument table', () => {
  it.each(INSTRUMENTS.filter((i) => i.bands.length).map((i) => [i.name, i] as const))('%s: bands cover min..max without gaps, and every boundary reads its own band', (_name, i) => {
    expect(i.bands[0]!.min).toBe(i.min);
    expect(i.bands.at(-1)!.max).toBe(i.max);
    for (let k = 1; k < i.bands.length; k++) expect(i.bands[k]!.min).toBe(i.bands[k - 1]!.max + 1);
    for (const b of i.bands) {
      expect(scoreBand(i, b.min)).toBe(b.label);
      expect(scoreBand(i, b.max)).toBe(b.label);
    }
    expect(scoreBand(i, i.max + 1)).toBeUndefined();
  });
});
