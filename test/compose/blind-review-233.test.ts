import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 233 (psycho-oncology at a cancer center; disaster behavioral health after a wildfire), read on 4289b7d.
// Tested on summaries written here, not the reviewers'.

describe('review 233: a wish for death, and what is denied', () => {
  it('"I\'m just waiting to die" is a passive death wish, never a denial of ideation', () => {
    const summary = 'Indiv, MCP session 3. Pt 64M metastatic pancreatic. Pt said "honestly I\'m just waiting to die at this point." Denies current plan or intent to end his life. Legacy work.';
    expect(readSummary(summary).risk.si).toBe('passive');
    expect(section(summary, 'risk', 'girp')).not.toMatch(/denied suicidal ideation/);
  });

  it('"Denies current plan or intent to end her life" denies the plan and the intent, never the thoughts', () => {
    const risk = readSummary('Bedside consult. Denies current plan or intent to end her life.').risk;
    expect(risk.si).not.toBe('denied');
    expect(risk.plan).toBe(false);
    expect(risk.intent).toBe(false);
  });
});

describe('review 233: lengths, scores and steps', () => {
  it('a bare length closing a list of symptoms is how long they lasted, never the next session', () => {
    const summary = 'Intake at assistance center. Sx: nightmares, startle, avoids driving, irritable, 2 wks. PCL-5 = 41. Plan: phone check-in Fri.';
    expect(note(summary, 'birp')).not.toMatch(/Next session in 2 weeks/);
    expect(note(summary, 'birp')).toMatch(/for 2 weeks/);
  });

  it('"Gleason 7" in a heading is a score, never the client\'s name and age', () => {
    expect(section('Couples session, Frank (61) new dx prostate ca, Gleason 7, deciding on treatment. Wife Ana.', 'session', 'soap')).not.toMatch(/Client: Gleason/);
  });

  it('a referral placed is the plan; "- will call Thurs" after a request is the clinician\'s step; GOC is goals of care', () => {
    const summary = 'Family meeting, palliative conf room. Pt wants to go home w/ hospice. Hospice referral placed. GOC documented. Daughter asked for a call w/ me this wk - will call Thurs.';
    expect(note(summary, 'birp')).not.toMatch(/No plan or next appointment is documented/);
    expect(section(summary, 'plan', 'birp')).toMatch(/[Hh]ospice referral/);
    expect(note(summary, 'birp')).not.toMatch(/\bGOC\b/);
  });
});

describe('review 233: the rest', () => {
  it('"Crisis counseling, Red Cross shelter" leaves no bare "Counseling" in the heading', () => {
    expect(section('Crisis counseling, Red Cross shelter at the high school, ~20 min. June, 70, lost her house. Tearful. Denies SI.', 'session', 'soap')).not.toMatch(/\bCounseling;/);
  });

  it('another person\'s denial is said to be theirs in the risk prompt', () => {
    const summary = 'Outreach home visit, trailer site. Son Eli (8) said stepdad hit mom last week. CPS report made by phone. Mom (Rosa) denies SI/HI. F/u Thurs.';
    expect(section(summary, 'risk', 'soap')).not.toMatch(/name no status/);
  });

  it('"Outreach home visit" opens the heading', () => {
    expect(section('Outreach home visit, trailer site lot 9. Mom says stress is high. Gave FEMA info.', 'session', 'soap')).toMatch(/Outreach home visit/);
  });

  it('a clinician\'s "I think she said" before a number is a hedge on it, and a ruler rated in words is its number', () => {
    const text = note('so telehealth with Kim um she said she had I think she said three or four drinks most nights we did motivational interviewing she rated importance seven confidence like three um follow up next week', 'dap');
    expect(text).not.toMatch(/therapist thinks/);
    expect(text).toMatch(/approximately 3 to 4 drinks/);
    expect(text).toMatch(/confidence approximately 3/);
  });
});

describe('review 233: a crisis walk-in\'s account keeps its risk', () => {
  it('the ideation told in a crisis walk-in is in the Problem too, so "thought about it" has its antecedent', () => {
    const summary = 'CRISIS - walk-in\nClient: Dev, 38, utility worker, 14 hr days x2 wks\nPresenting: came in after shift, says he is done.\nRisk: + SI w/ plan - crash his car into the overpass tonight. Has thought about it daily x3 days. No firearms.\nInterv: safety planning, called wife w/ consent.\nOutcome: voluntary admit.';
    expect(section(summary, 'problem', 'pie')).toMatch(/suicidal ideation with plan/);
  });
});

describe('review 233: a condition keeps its parts', () => {
  it('"sooner if he dies and she wants to come in" is one condition in the plan, never "Client wanted to come in"', () => {
    const summary = 'so this is for Ann um caregiver session her husband is on hospice um we talked about respite she agreed to call the hospice social worker um so plan is see her again in two weeks or sooner if he dies and she wants to come in';
    const text = note(summary, 'dap');
    expect(text).not.toMatch(/Client wanted to come in|She wanted to come in/);
    expect(section(summary, 'plan', 'dap')).toMatch(/Plan is to see her again in 2 weeks or sooner if he dies and she wants to come in/);
  });
});
