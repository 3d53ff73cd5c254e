import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 131 (a general outpatient clinic; a behavioral health urgent-care clinic and its follow-up team), read on
// the submission: the lifeline's name in a heading, a key to where the guns are, knives named after a denial, a mother's
// account of what her son has not said, the clinician's duty-to-warn finding. Tested on summaries written for this file.

describe('review 131: risk', () => {
  it('a call nobody answered, with the 988 Lifeline left on voicemail, endorses nothing', () => {
    const summary = 'Next-day f/u call to pt from Mon walk-in, no answer x2, left vm w/ callback # and 988.\nWill try again tomorrow.';
    expect(readSummary(summary).risk.si).toBe('not_assessed');
    const out = note(summary, 'simple');
    expect(out).not.toMatch(/endorsed (?:active |passive )?suicidal ideation/);
    expect(out).toMatch(/988 Suicide and Crisis Lifeline/);
  });

  it('no guns at home but a key to the father\'s house where he keeps them is access', () => {
    const r = readSummary('Walk-in. c/o SI x 1 wk, ∅ plan, ∅ intent. Father owns guns, no guns in pt\'s home, pt has key to father\'s house. Means counseling re father\'s house.');
    expect(r.risk.means).toBe(true);
    expect(section('Walk-in. c/o SI x 1 wk, ∅ plan, ∅ intent. Father owns guns, no guns in pt\'s home, pt has key to father\'s house.', 'risk', 'dap')).not.toMatch(/no access to guns/);
  });

  it('"No weapons access per parents, knives in block in kitchen" names the knives as access', () => {
    const r = readSummary('Family walk-in. Pt said "if he touches my stuff again I\'ll stab him." No weapons access per parents, knives in block in kitchen. Pt denies SI.');
    expect(r.risk.means).toBe(true);
    expect(r.risk.meansNamed).toBe('knives');
  });

  it('a mother who "denies he\'s said anything about hurting himself" gives no self-harm status of his', () => {
    const summary = 'Collateral call with pt\'s mother (pt is 24M, signed ROI). Mom worried he is isolating. She denies he\'s said anything about hurting himself. Gave her NAMI info.';
    expect(readSummary(summary).risk.selfHarm).toBe('not_assessed');
    expect(section(summary, 'risk', 'simple')).not.toMatch(/the client denied self-harm/);
  });

  it('"did not meet duty-to-warn threshold per my assessment, consulted w/ Dr. X" is the clinician\'s finding', () => {
    const out = note('pt angry at his boss, said "I\'ll kill him" - when asked, just venting, no plan, no gun. no SI. did not meet duty-to-warn threshold per my assessment, consulted w/ Dr. Lin who agreed. f/u 1 wk', 'soap');
    expect(out).not.toMatch(/Client did not meet duty-to-warn/);
    expect(out).toMatch(/duty-to-warn threshold was not met/);
  });
});
