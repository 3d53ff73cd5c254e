import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 198 (a county jail's mental health unit; a private practice), read on 7cf7d7f. Tested on summaries written
// here, not the reviewers'.

describe('review 198', () => {
  it('"she did not have any prior attempts" is no attempt history', () => {
    expect(readSummary('Video 50 min. Active SI this week, no plan. She did not have any prior attempts.').risk.attemptHistory).toBeUndefined();
    expect(readSummary('Video 50 min. He has not had any prior suicide attempts.').risk.attemptHistory).toBeUndefined();
    expect(readSummary('Video 50 min. Hx of suicide attempt in 2019.').risk.attemptHistory).toBe(true);
  });

  it('a brother who texted her "..." and said he\'d been thinking about ending it is the brother, and her denial stands', () => {
    const risk = readSummary('In person 50 min. Maya is worried about her brother Ben (20) who texted her Friday "I don\'t see the point anymore" and said he\'d been thinking about ending it. She denied any SI herself.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.othersRisk).toBe(true);
  });

  it('a sheet tied to the vent, found by custody staff, is a suicide attempt in the risk section, never the session heading', () => {
    const summary = '0310 crisis call from CO Diaz re: Lee Park 41M, CO found him w/ sheet tied to vent, nothing around neck yet, CO removed it. Seen cell-side ~15 min. Denies HI.';
    const risk = readSummary(summary).risk;
    expect(risk.attemptHistory).toBe(true);
    expect(section(summary, 'risk')).toMatch(/sheet tied to vent/);
    expect(section(summary, 'session')).not.toMatch(/sheet tied to vent/);
    expect(note(summary, 'soap')).not.toMatch(/Client reported 3:10 am crisis call/);
  });

  it('in a jail, "stepped down from SW" is suicide watch and "GP housing" general population', () => {
    const text = note('Seen in attorney booth 30 min. He stepped down from SW yesterday, on q15 checks. GP housing OK from MH standpoint.', 'girp');
    expect(text).toMatch(/stepped down from suicide watch/);
    expect(text).toMatch(/general population housing/);
    expect(text).not.toMatch(/social worker/);
  });
});
