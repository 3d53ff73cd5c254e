import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 229 (a counseling program for healthcare workers; a chronic pain and opioid-tapering clinic), read on c70e6dc.
// Tested on summaries written here, not the reviewers'.

describe('review 229: no self-harm where there was none', () => {
  it('"his Rx was cut again today" is no cut to the body', () => {
    expect(readSummary('Called the clinic line. Said his Rx was cut again today and "I\'m done." Has been saving pills.').risk.selfHarm).not.toBe('present');
  });

  it('"cut again last night on her thigh" is still self-harm', () => {
    expect(readSummary('Cut again last night on her thigh.').risk.selfHarm).toBe('present');
  });

  it('an overdose years ago, told today, is a history, never current self-harm', () => {
    const summary = 'so he did tell me today that back in 2017 after his layoff he took a bunch of pills and ended up in the ICU he says right now no thoughts of killing himself';
    const risk = readSummary(summary).risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(note(summary, 'girp')).not.toMatch(/current self-harm is documented/);
  });
});

describe('review 229: the means, the plan, the program', () => {
  it('"his wife\'s sleeping pills" are the means, never the one medicine the client takes', () => {
    const risk = readSummary('Thinking about killing himself most days. Denies firearms. Has his wife\'s sleeping pills in the house. Pt on sertraline 50 mg.').risk;
    expect(risk.meansNamed).toBe('sleeping pills');
  });

  it('"no specific plan stated" after a threat is neither a plan reported nor one denied', () => {
    const summary = 'Said "if Dr Lee cuts me again somebody is going to get hurt." A: low-mod risk of violence per my assessment, no specific plan stated.';
    expect(readSummary(summary).risk.plan).toBeUndefined();
    expect(note(summary, 'soap')).not.toMatch(/a plan to harm was denied/);
  });

  it('"Kept him on line" in a crisis call is the clinician\'s', () => {
    const summary = 'Crisis call. Pt states plan to take his pills tonight. Kept him on line 30 min, got his brother on the other phone.';
    expect(section(summary, 'intervention', 'sirp')).toMatch(/Therapist kept him on line/);
    expect(note(summary, 'sirp')).not.toMatch(/Client kept him on line/);
  });

  it('PHP for a resident physician is the Physician Health Program; for a day program, partial hospitalization', () => {
    const a = 'Intake. PGY-1 surgery resident. Worried about state board/PHP reporting. Plan: discuss PHP voluntary referral.';
    expect(expandShorthand(a, { topic: a })).not.toMatch(/partial hospitalization/);
    expect(expandShorthand(a, { topic: a })).toMatch(/Physician Health Program \(PHP\) voluntary referral/);
    const b = 'stepped down from PHP to IOP last week';
    expect(expandShorthand(b, { topic: b })).toMatch(/partial hospitalization program/);
  });
});

describe('review 229: words of a hospital', () => {
  it('"3 pt deaths" on a nurse\'s unit are patients, and "a syringe of sux" is succinylcholine', () => {
    expect(expandShorthand('MICU RN. 3 pt deaths in 2 wks, one was 24yo.')).toMatch(/3 patient deaths/);
    expect(expandShorthand('states he has a syringe of sux and a plan')).toMatch(/syringe of succinylcholine/);
    expect(expandShorthand('says this job sux')).toMatch(/sux/);
  });
});
