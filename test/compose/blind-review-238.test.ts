import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 238 (a faith-based counseling center; behavioral health evaluations in an emergency department), read on 0063f15.
// Tested on summaries written here, not the reviewers'.

describe('review 238: who the session was with, and whose denial', () => {
  it('a couples session one partner missed, held with the other alone, is individual, and its safety plan is no couple\'s', () => {
    const summary = 'Scheduled couples sess for Dan & Amy - Dan no-showed. Met w/ Amy individually. Amy disclosed Dan choked her last wk. Safety plan completed: go bag at her mom\'s, code word. Will see Amy individually.';
    expect(readSummary(summary).session.serviceType).toBe('individual');
    expect(note(summary, 'pirp')).not.toMatch(/The couple completed safety plan|Couples psychotherapy/);
  });

  it('an outside therapist\'s "has not expressed SI to her" on a collateral call is no denial by the client', () => {
    expect(readSummary('Phone collateral w/ pt\'s outpt therapist. Therapist states pt has been more withdrawn but has not expressed SI to her.').risk.deniedByOther).toContain('si');
  });

  it('"we\'re placing her on a 72 hour hold" is the clinicians\', never the client\'s', () => {
    expect(note('ok so 22 year old brought in by police um she has no insight so we\'re placing her on a 72 hour hold for grave disability um will need inpatient', 'dap')).not.toMatch(/therapist and client are placing/i);
  });
});

describe('review 238: a wish, a card and an evaluation', () => {
  it('"I wish the Lord would just take me too" is a passive death wish', () => {
    expect(readSummary('Grief session 6. She said sometimes I wish the Lord would just take me too so I can be with Dale. Denies plan or intent.').risk.si).toBe('passive');
  });

  it('"~$14k CC debt" is a credit card\'s', () => {
    expect(expandShorthand('has not told her about ~$14k CC debt until this wk')).toMatch(/credit card debt/);
  });

  it('"med eval clear" is a medical evaluation', () => {
    expect(expandShorthand('79F brought for confusion, med eval clear this AM')).toMatch(/medical evaluation clear/);
  });

  it('"CPS cw Dana Wu" in lower case is still the caseworker', () => {
    expect(section('Phone call w/ CPS cw Dana Wu re: Price case. Per cw, mom missed 2 of last 3 visits.', 'summary', 'simple')).toMatch(/[Cc]aseworker/);
  });
});

describe('review 238: where the client goes next', () => {
  it('"Discharge home with mother", a hold expiring and a bed search are the plan, never the client\'s report', () => {
    const summary = 'ED eval, boarding day 2. Pt 17 w/ mom. Denies SI today. Hold expires Fri 1400, will need court petition if no bed by Thurs. Bed search: 3 declined, 2 pending.';
    const text = note(summary, 'simple');
    expect(text).not.toMatch(/Client reported (?:hold|bed search)/i);
    expect(section(summary, 'plan', 'simple')).toMatch(/Hold expires/);
  });
});

describe('review 238: a conditional statement', () => {
  it('"I\'ll kill myself if you put me back out", with plan and intent denied, is said as a conditional statement', () => {
    const summary = 'ED, 9th visit this yr. 48M, homeless, asking for a bed. States "I\'ll kill myself if you put me back out." On further questioning denies any plan or intent, says he says it so someone listens. Acute risk low. Shelter bed found.';
    expect(readSummary(summary).risk.siConditional).toBe(true);
    expect(section(summary, 'risk', 'sirp')).toMatch(/conditional suicidal statement/);
    expect(section(summary, 'risk', 'sirp')).not.toMatch(/endorsed active suicidal ideation/);
  });

  it('"I want to kill myself" with no condition stays active ideation', () => {
    expect(readSummary('States "I want to kill myself." Denies plan or intent.').risk.siConditional).toBeUndefined();
  });
});
