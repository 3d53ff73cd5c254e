import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 136 (an adult intensive outpatient program; a telehealth-first group practice), read on the submission:
// minutes lost or switched are never the session's length, nothing asked is no denial, none saved up is no denial of
// access, and the clinician's judgment of the level of care is the clinician's. Tested on summaries written for this file.

describe('review 136: the session\'s length', () => {
  it('"45 min video ... video froze ~10 min lost" is a 45-minute session', () => {
    expect(readSummary('45 min video, pt at home.\nVideo froze x2 ~10 min lost, finished on audio.\nPHQ-9 = 12.').session.minutes).toBe(45);
  });

  it('"video -> phone @ 20 min" says when the session switched, never its length', () => {
    expect(readSummary('Indiv f/u, video -> phone @ 20 min (wifi kept dropping). Pt reports fewer panic attacks.').session.minutes).toBeUndefined();
  });

  it('"met with them together for 40 min then each alone ~10 min" is 60 minutes', () => {
    expect(readSummary('Couples session w/ Ana and Lee. I met with them together for 40 min then each alone ~10 min per our protocol. They argued about money.').session.minutes).toBe(60);
  });
});

describe('review 136: what was and was not assessed', () => {
  it('"no SI reported. didn\'t ask further in group" is no denial', () => {
    expect(readSummary('DBT skills group.\n- urges to cut 7/10 this wk, no acts\n- no SI reported. didn\'t ask further in group - will f/u individually').risk.si).toBe('not_assessed');
  });

  it('"no pills stockpiled" denies no access to pills', () => {
    const r = readSummary('Pt endorses passive SI, no plan, no intent. No pills stockpiled. Cares for her mother on hospice.').risk;
    expect(r.means).toBeUndefined();
  });

  it('"Not safe for outpatient level at this time" is the clinician\'s judgment, never the client\'s report', () => {
    const out = note('Crisis session. Active SI w/ plan to OD, ~40 pills saved, intent 7/10. Not safe for outpatient level at this time. Called mobile crisis.', 'sirp');
    expect(out).not.toMatch(/Client reported not safe/);
    expect(out).toMatch(/impression: not safe for outpatient level/);
  });
});
