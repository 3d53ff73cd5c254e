import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 244 (a first-episode psychosis program; a community clinic for Spanish-speaking immigrant families), read on
// c51e138. Tested on summaries written here, not the reviewers'.

describe('review 244: a denial of intent to harm someone', () => {
  it('is never given to the one who would be harmed', () => {
    const summary = 'Fam session - client Nico 26 + brother Sal. Sal reports Nico threatened him last wk, said "I\'ll knock your teeth out if you go in my room again", no physical contact. Nico says Sal was "spying" and putting things in his food. Nico admits to skipping olanzapine doses + smoking weed daily. Hx of suicide attempt (OD) at 22, no current SI per N. Denies intent to harm Sal, "I was just mad". Goal agreed: reduce conflict at home.';
    const text = section(summary, 'risk', 'girp');
    expect(text).not.toMatch(/Sal denied intent to harm Sal/);
    expect(text).toMatch(/denied intent to harm Sal/);
  });
});

describe('review 244: intent called ambivalent, and a rehearsal at the place', () => {
  const summary = 'Indiv session Ari (they/them) 20. Voices telling them to "step in front of the train" x3 days. Said they went to the train tracks by the depot last night and stood there a while before going home. Endorsed SI w/ plan (train), intent ambivalent. Walked to ED with mom, warm handoff.';

  it('says the intent in the clinician\'s word, never "unclear"', () => {
    const risk = section(summary, 'risk', 'soap');
    expect(risk).toMatch(/intent was described as ambivalent/);
    expect(risk).not.toMatch(/intent was unclear/);
  });

  it('reads the command voices and the visit to the tracks', () => {
    const risk = readSummary(summary).risk;
    expect(risk.commandHarm).toBe(true);
    expect(risk.preparation).toBe(true);
  });
});

describe('review 244: DAP letters written with a slash', () => {
  it('"A/" and "P/" are the assessment and plan, never the client\'s report', () => {
    const summary = 'D/ Rosa 17, seen indiv. Urges to cut after a fight w/ mom, no acts. Denies SI.\nA/ urges up w/ conflict, coping skills working.\nP/ reinforce distress tolerance, f/u 1 wk.';
    expect(section(summary, 'data', 'dap')).not.toMatch(/Client reported (?:A|P)\//);
    expect(section(summary, 'assessment', 'dap')).toMatch(/coping skills working/);
    expect(section(summary, 'session', 'dap')).not.toMatch(/D\//);
  });
});

describe("review 244: a crisis call from a parent about the client", () => {
  const summary = 'crisis call 10:15pm from father (Sam P) re daughter Lena 19. Per dad Lena locked in bathroom, yelling that her ex is "watching the house" and she\'ll "handle him" if he comes by again. Lena refused to come to the phone. Advised dad to call 911 if she leaves toward the ex\'s. Dad agreed.';

  it('is held without the client, so the father\'s account is never "Client reported"', () => {
    expect(section(summary, 'behavior', 'birp')).not.toMatch(/Client reported/);
  });

  it('reads "she\'ll handle him if he comes by again" as a threat to weigh', () => {
    const risk = readSummary(summary).risk;
    expect(risk.threat === true || risk.threatByOther === true).toBe(true);
  });
});

describe('review 244: a dictated crisis run-on', () => {
  const summary = 'so um this was a walk in crisis client is Hector M 28 came in with his sister who was worried because he told her he has pills saved up and was going to take them all this weekend um he confirmed the plan and the pills are in his car so we did the Columbia it was high risk I did a safety plan with him and the sister agreed to hold the pills he agreed to go to the ER with his sister for eval called ahead to St Mary and talked to the charge nurse um also gave him the food bank number follow up call tomorrow morning';

  it('gives the call ahead and the number given to the clinician, never to the client', () => {
    const text = section(summary, 'intervention', 'birp') + section(summary, 'response', 'birp');
    expect(text).not.toMatch(/Client (?:also )?gave him/);
    expect(text).not.toMatch(/evaluation called ahead/);
    expect(text).toMatch(/Therapist called ahead to St Mary/);
  });

  it('makes the follow-up call the plan', () => {
    expect(section(summary, 'plan', 'birp')).toMatch(/[Ff]ollow up call tomorrow morning/);
  });

  it('"she said this week she\'s been thinking ..." stays one statement', () => {
    const text = section('telehealth with Ana um she was in her car so about 30 minutes she said this week she\'s been thinking that she wants to die and when I asked she said she has no plan', 'response', 'girp') + section('telehealth with Ana um she was in her car so about 30 minutes she said this week she\'s been thinking that she wants to die and when I asked she said she has no plan', 'risk', 'girp');
    expect(text).not.toMatch(/said this week\./);
  });
});

describe('review 244: headings and labels', () => {
  it('"19yo M." ends the heading, and what follows is the report with all its words', () => {
    const summary = 'indiv f/u, 20yo M. AH less freq since LAI started 2 wks ago, "quieter now". denies SI/HI.';
    expect(section(summary, 'session', 'soap')).not.toMatch(/hallucinations/);
    expect(section(summary, 'subjective', 'soap')).toMatch(/started 2 weeks ago/);
  });

  it('"Dana goal: ..." in a group line is the goal', () => {
    const summary = 'Group: young adult recovery, 6 attendees.\n- client (Dana) quiet, then shared she hasn\'t told her new boss\n- group role-played a short script\n- Dana goal: tell 1 friend before next grp';
    expect(section(summary, 'goal', 'girp')).toMatch(/tell 1 friend before next group/);
  });
});

describe('review 244: the answer stays with its question', () => {
  it('"When I asked gently, Lupe said ..." is one sentence, never "When the therapist asked gently."', () => {
    const text = section('Play session, dollhouse. Lupe (6) had the dad doll hit the girl doll. When I asked gently, Lupe said he hits her with a shoe. CPS report made.', 'data', 'dap');
    expect(text).not.toMatch(/asked gently\./);
    expect(text).toMatch(/asked gently, Lupe said/);
  });
});

describe('review 244: how the client was by the end', () => {
  it('"Pacing, loud, calmed by end" gives the response, in plain words', () => {
    const summary = 'Indiv, 50 min. Very angry about his foreman. Pacing, loud, calmed by end. Denies SI/HI. Did de-escalation, grounding. F/u Thurs.';
    expect(section(summary, 'response', 'birp')).toMatch(/Client calmed by (?:the )?end/);
  });
});
