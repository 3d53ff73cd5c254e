import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 204 (an adult co-occurring intensive outpatient program; a chronic pain psychology service), read on ab5ac92.
// Tested on summaries written here, not the reviewers'.

describe('review 204', () => {
  it('"reflected discrepancy b/w his goal of getting kids back & drinking" names no goal of drinking', () => {
    const text = note('Phone check-in. Used MI, reflected discrepancy b/w her goal of keeping her job & using on weekends.', 'pie');
    expect(text).not.toMatch(/Goal: keeping her job and using/);
  });

  it('a roommate who "will come back to apt Fri" comes back to the apartment, never an appointment', () => {
    expect(note('52 days clean. Worried roommate is still using and will come back to apt Fri.', 'dap')).toMatch(/back to apartment Friday/);
    expect(note('Missed apt Fri, rescheduled.', 'dap')).toMatch(/appointment/);
  });

  it('"she\'d probably use her car in the garage" is a plan, and "rated intent like 7 out of 10" is intent', () => {
    const risk = readSummary('um she has been thinking about killing herself for two days she said she would probably use her car in the garage but she has not done anything um she rated intent like 6 out of 10').risk;
    expect(risk.si).toBe('active');
    expect(risk.plan).toBe(true);
    expect(risk.intent).toBe(true);
  });

  it('"Pre-SCS psych eval, 90 min" is an evaluation visit (90791), never psychotherapy, and no client report', () => {
    const doc = composeNote({ summary: 'Pre-pump psych eval, Dr. Lee referral. 90 min.\nLives w/ husband. Quit smoking 2018.', format: 'soap' });
    expect(doc.cpt?.code).toBe('90791');
    expect(doc.sections.map((s) => s.text).join('\n')).not.toMatch(/Client reported Pre-pump/);
  });

  it('"seen for routine f/u, 45 min." under a label is the session\'s length', () => {
    expect(readSummary('S: Pt Ana Cruz, 58F, knee OA, seen for routine f/u, 45 min. Pain 5/10, stable. Main concern today is her son. She is scared.\nO: Tearful.').session.minutes).toBe(45);
  });

  it('"the problem they came in with is ..." is the problem named, never cut after "is"', () => {
    const text = section('um so the problem they came in with is Rosa says she does not trust him since the relapse', 'problem', 'pirp');
    expect(text).toMatch(/The problem they came in with is Rosa said|The problem they came in with is Rosa says/);
  });

  it('dictated "he put scared at a nine" keeps its words; "SCARED parent version was thirty four" is a score', () => {
    expect(note('um I did a feelings thermometer with Leo he put scared at a nine and we did belly breathing', 'birp')).toMatch(/scared at a nine/);
    expect(note('um SCARED parent version was thirty four', 'dap')).toMatch(/SCARED parent version was 34/);
  });
});
