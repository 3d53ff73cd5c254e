import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 226 (a homeless outreach and shelter team; a telehealth practice for military families), read on 804e0b6.
// Tested on summaries written here, not the reviewers'.

describe('review 226: what the letters mean', () => {
  it('a temperature in Fahrenheit is never an age and a sex', () => {
    const text = note('Outreach under the bridge. Low of 12F tonight, pt has one blanket. Pt 61M declined shelter.', 'soap');
    expect(text).toMatch(/12°F/);
    expect(text).not.toMatch(/12-year-old female/);
    expect(text).toMatch(/61-year-old male/);
  });

  it('"on sub" beside the Navy is a submarine; "45 days on sub" is still buprenorphine', () => {
    expect(expandShorthand('Dad is Navy, deployed on sub until March.')).toMatch(/on submarine/);
    expect(expandShorthand('Tyler 45 days on sub, no use.')).toMatch(/on buprenorphine/);
  });

  it('"husband (SPC)" is his rank, never a suicide prevention coordinator', () => {
    const text = note('Client disclosed that her husband (SPC) pushed her into the wall Sunday. Denies SI.', 'dap');
    expect(text).toMatch(/husband \(Specialist\)/);
    expect(text).not.toMatch(/suicide prevention coordinator/);
  });

  it('"for 3 more mo" is months', () => {
    expect(expandShorthand('deployed for 3 more mo, calls weekly')).toMatch(/3 more months/);
  });
});

describe('review 226: whose judgement, whose act', () => {
  it('"per my assessment" is the clinician\'s judgement, said first, never what the client reported', () => {
    const text = note('Denied SI/HI. Pt not meeting criteria for a hold at this time per my assessment - oriented, has a place to go tonight.', 'soap');
    expect(text).toMatch(/In the therapist's assessment, client does not meet criteria for a hold/);
    expect(text).not.toMatch(/Client reported not meeting/);
  });

  it('"no hx of violence known to us" is the team\'s knowledge, never "therapist and client"', () => {
    const text = note('Has a box cutter, showed it to me. No hx of violence known to us but did 6 months in 2015 (he says for a fight). Denies SI.', 'dap');
    expect(text).toMatch(/No history of violence known to the team; client did 6 months in 2015/);
    expect(text).not.toMatch(/known to therapist and client/);
  });

  it('"EMS called" with no caller is the crisis\'s step, never the client\'s report', () => {
    const text = note('Staff found him with pills lined up. Pt agreed to voluntary eval. EMS called, transported to County ED.', 'birp');
    expect(section('Staff found him with pills lined up. Pt agreed to voluntary eval. EMS called, transported to County ED.', 'intervention', 'birp')).toMatch(/Emergency medical services were called/);
    expect(text).not.toMatch(/Client reported emergency medical services/);
  });

  it('"sister arrived, spoke w/ sister on speaker" is the clinician speaking with her', () => {
    expect(note('Crisis call. Pt agreed to call her brother. Brother arrived 2230, spoke w/ brother on speaker, he agreed to stay.', 'pirp')).toMatch(/Brother arrived 10:30 pm; the therapist spoke with the brother on speaker/);
  });
});

describe('review 226: risk', () => {
  it('"Plans to take them tonight" after pills counted is the suicide plan, never the treatment plan', () => {
    const summary = 'Crisis call. Pt states "I have all my mom\'s pills, I counted 30." Plans to take them tonight after everyone is asleep. Endorses intent.';
    expect(section(summary, 'plan', 'pirp')).not.toMatch(/Plans to take them/);
    expect(readSummary(summary).risk.plan).toBe(true);
  });

  it('"Risk high -> mitigated to moderate" keeps both levels', () => {
    const summary = 'Endorses SI with plan. Brother took the pills home. Risk high -> mitigated to moderate w/ brother present and means removed.';
    expect(composeNote({ summary, format: 'pirp' }).risk.level).toBe('high, reduced to moderate');
    expect(note(summary, 'pirp')).not.toMatch(/leading to mitigated/);
  });
});

describe('review 226: dictation and who is who', () => {
  it('a dictated relapse, its chain analysis and a step added after a comma each stand on their own', () => {
    const summary = 'ok this is for Rosa shelter drop in today so she came in pretty tearful said she used over the weekend first time in two months um we did a chain analysis of the weekend triggers were her ex and losing her phone so we talked about getting a new phone and we\'ll meet Friday, also gave her narcan';
    const text = note(summary, 'dap');
    expect(text).toMatch(/Client came in pretty tearful\. Client said she used/);
    expect(text).toMatch(/chain analysis of the weekend\. The triggers were her ex/);
    expect(text).toMatch(/Therapist also gave her Narcan/);
  });

  it('"Practiced urge surfing, she rated urge 8/10 start to 2/10 end" is the work and the response to it', () => {
    const summary = 'Client reports urges to drink when alone. Practiced urge surfing, she rated urge 8/10 start to 2/10 end.';
    expect(section(summary, 'intervention', 'pie')).toMatch(/[Uu]rge surfing/);
    expect(section(summary, 'evaluation', 'pie')).toMatch(/rated urge 8\/10 start to 2\/10 end/);
  });

  it('"Ms. Harris (mom) + Jayden 14" names Jayden, so "J" is Jayden', () => {
    const text = note('family sess w/ Ms. Harris (mom) + Jayden 14 @ shelter. J quiet, irritable w/ mom. J denies SI.', 'soap');
    expect(text).toMatch(/Jayden was quiet/);
    expect(text).not.toMatch(/\bJ was quiet/);
  });

  it('"ok\'d me telling mom" is agreement', () => {
    expect(note('I explained I have to report, he was upset but ok\'d me telling mom together next sess.', 'soap')).toMatch(/agreed to the therapist telling/);
  });
});

describe('review 226: more of what it left', () => {
  it('"two weeks ago", cleaned to digits, is never cut at the spaces the number leaves', () => {
    const summary = 'I met with Sgt Ruiz by video today for his weekly session.\nHe told me he has been thinking about dying most days this week.\nHis wife moved out with their son three weeks ago and filed for divorce.';
    const text = note(summary, 'birp');
    expect(text).toMatch(/moved out with their son 3 weeks ago and filed for divorce/);
    expect(text).not.toMatch(/Client reported weeks ago/);
    expect(text).not.toMatch(/for his weekly/);
  });

  it('a skill used on 5 of 7 days is the client\'s, never the clinician\'s', () => {
    const text = note('anxiety down since last visit. used worry time technique 5/7 days. practiced diaphragmatic breathing in session.', 'pie');
    expect(text).toMatch(/Client used worry time technique 5 of 7 days/);
    expect(text).not.toMatch(/Therapist used worry time/);
  });
});
