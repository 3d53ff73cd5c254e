import { describe, expect, it } from 'vitest';
import { note, section } from './note-text.ts';

// Blind review 162 (a fire department and first-responder peer support and EAP clinic; a fertility and reproductive
// psychology clinic), read on d4ebd66, and findings left open from earlier reviews. Tested on summaries written here, not the reviewers'.

describe('left open from earlier reviews', () => {
  it('a supply of pills at hand is restated in Risk as a means, with "of" before the medicine', () => {
    const summary = 'Pt reports passive SI, wishes he would not wake up. Has ~45 tabs hydrocodone in the nightstand from his knee surgery. Denies plan or intent. Denies access to firearms.';
    expect(section(summary, 'risk')).toMatch(/45 tablets of hydrocodone in the nightstand/);
  });

  it('a denied means the client\'s own sentence already says is not repeated by the status lines', () => {
    const risk = section('Pt endorses passive SI this week. Denied plan or intent. Denied access to firearms.', 'risk');
    expect(risk).toMatch(/Client denied access to firearms/);
    expect(risk).not.toMatch(/no access to firearms was reported/);
  });

  it('a relative worried that the child "will shut down" tells a concern, never something seen', () => {
    const summary = 'Session with Mateo (7) and dad. Dad was worried Mateo will "shut down" when the baby comes. Mateo was quiet at first. Used feelings faces chart.';
    expect(section(summary, 'subjective')).toMatch(/Father was worried Mateo will "shut down"/);
    expect(section(summary, 'objective')).not.toMatch(/worried/);
  });

  it('a kind of session no service type names keeps its word "session"', () => {
    expect(note('Collateral session with Ruth, wife. Discussed his drinking and her limits. Plan: f/u 2 wks.')).toMatch(/^Collateral session with Ruth/m);
  });
});

describe('review 162: risk', () => {
  it('a brother-in-law talking about killing himself is another person\'s risk, never the client\'s', () => {
    const summary = 'Group debrief, Station 9 crew, 6 present, 60 min.\nResponse: Reyes mentioned his brother-in-law has been talking about killing himself and asked what to do; I gave him 988 info.\nPlan: check in with Lt. in 1 wk.';
    const risk = section(summary, 'risk', 'sirp');
    expect(risk).toMatch(/another person's suicidal thoughts/);
    expect(risk).not.toMatch(/the client endorsed/);
  });

  it('pills counted beside a method are the means, and a weapon turned in says nothing of their removal', () => {
    const summary = 'Crisis walk-in, 1300-1415. Pt endorses SI with plan, has thought about taking his hydrocodone (~30 pills, from shoulder surgery) tonight. No firearms (turned in his service weapon at retirement). Pt agreed brother will come take the pills to his house tonight, brother on his way.';
    const risk = section(summary, 'risk');
    expect(risk).toMatch(/access to pills was reported, and its removal by someone else was agreed \(not confirmed as done\)/);
    expect(risk).not.toMatch(/reported removed or held by someone else/);
  });

  it('a member checked in with after group is the one whose denial follows, never "Client"', () => {
    const summary = 'Infertility support group, 90 min, 6 members present. Dana shared her transfer failed. Mei talked about her sister\'s baby shower. I noticed Dana was tearful at the end and checked in with her individually after group - she denied any thoughts of harming herself, said she is "exhausted but okay," her husband is picking her up.';
    const out = note(summary, 'birp');
    expect(out).toMatch(/Dana denied any thoughts of harming herself and said she is "exhausted but okay\."/);
    expect(out).not.toMatch(/(?:Client|Mei) denied any thoughts/);
  });

  it('a skill the client used at home, and the urge it eased, are the client\'s, never the therapist\'s', () => {
    const summary = 'Video session, 50 min.\nS: Jo, 24, in finals week.\nReports urges to cut twice this wk after fights w/ mom.\nNo SH acts. Used ice cube + paced breathing from DBT skills, urges passed in ~20 min each time.\nA: skills effective. Low risk.\nP: f/u 1 wk.';
    const out = note(summary, 'soap');
    expect(out).toMatch(/Client used ice cube and paced breathing from dialectical behavior therapy \(DBT\) skills, urges passed/);
    expect(out).not.toMatch(/Therapist used ice cube/);
  });
});

describe('review 162: who did it and where it goes', () => {
  it('"Given 988 and our after-hours line" is what the client was given', () => {
    const out = note('Pt tearful, passive SI, no plan. Given 988 and our after-hours line. F/u Thurs.');
    expect(out).toMatch(/Client was given the 988 Suicide and Crisis Lifeline and the after-hours line/);
    expect(out).not.toMatch(/Client reported given/);
  });

  it('"Will confirm ... with pt" under the evaluation is the clinician\'s step', () => {
    const out = note('Problem: grief.\nIntervention: discussed the shotgun, pt agreed daughter will take it this weekend.\nEvaluation: pt engaged. Will confirm removal with pt by phone Monday.', 'pie');
    expect(out).toMatch(/Therapist will confirm removal with client by phone Monday/);
    expect(out).not.toMatch(/Client will confirm/);
  });

  it('a peer support group the clinician led is written by the therapist, never a peer support specialist', () => {
    const out = note('BIRP - Peer support group (Thursday, in person, 90 min), 6 attendees.\n- Intervention: facilitated sharing, taught grounding.\n- Plan: I will call T.K. tomorrow.', 'birp');
    expect(out).toMatch(/Therapist facilitated sharing/);
    expect(out).not.toMatch(/peer support specialist/i);
  });

  it('a crew that "came in for a group ... session (60 min)" gives a group session of 60 minutes, and the sentence stays the crew\'s', () => {
    const out = note('SIRP\nSituation: Ladder 5 crew came in for a group debrief-style session (voluntary, 60 min) after a fatal fire Sunday.\nIntervention: normalized stress reactions.', 'sirp');
    expect(out).toMatch(/^Group psychotherapy, 60 minutes\./m);
    expect(out).toMatch(/^Ladder 5 crew came in for a group debrief-style session/m);
    expect(out).not.toMatch(/Client reported Ladder/);
  });

  it('"Truck 7" and "Engine 12" are units, never a name and an age', () => {
    const out = note('Intake. Marcus Reed, 41M, Engine 12, 15 yrs on. Self-referred.');
    expect(out).not.toMatch(/Engine, 12/);
    expect(out).not.toMatch(/Client: Engine/);
  });

  it('FFs and FD in a fire-service summary are firefighters and the fire department', () => {
    const out = note('Crew debrief, Engine 4, 60 min. FFs Diaz and Moore quiet. Diaz said his dad was FD too.', 'sirp');
    expect(out).toMatch(/firefighters Diaz and Moore/);
    expect(out).toMatch(/dad was fire department|father was fire department/i);
  });

  it('a line under a format letter\'s line stays in that section', () => {
    const summary = 'S: more panic this wk.\nO: anxious, fidgety.\nA: panic sx up with shift change.\nHx of panic d/o raises relapse risk this month.\nP: f/u 1 wk.';
    expect(section(summary, 'assessment')).toMatch(/raises relapse risk this month/);
    expect(section(summary, 'subjective')).not.toMatch(/raises relapse risk/);
  });
});

describe('review 162: dictation, shorthand and wording', () => {
  it('"a pay period" and "her period" said aloud are nouns, never a full stop', () => {
    const out = note('couples session on video with Ana and Luis um so they talked about money a lot um Luis is going to ask about capping overtime at one shift a pay period and Ana is going to track spending um next session two weeks');
    expect(out).toMatch(/one shift a pay period/);
    expect(out).not.toMatch(/one shift a pay\./);
  });

  it('"so yeah" in dictation closes what came before it', () => {
    const out = note('um so this is a crisis session with Dana she has been thinking about taking her sleeping pills she wants to be with her dad so yeah active SI with a plan um no prior attempts I did safety planning with her', 'soap');
    expect(out).not.toMatch(/with her (?:dad|father) active suicidal ideation/);
    expect(out).toMatch(/with her (?:dad|father)\./);
  });

  it('pills a relative agreed to drop at the pharmacy are a removal agreed, not done', () => {
    const summary = 'Crisis session. Pt endorses SI with plan to take her oxycodone, has ~12 pills left. Husband came at 2pm and agreed to take the pills and drop them at the pharmacy disposal today.';
    expect(section(summary, 'risk')).toMatch(/access to pills was reported, and its removal by someone else was agreed \(not confirmed as done\)/);
  });

  it('"Failed FET last wk" is a transfer that failed, never a client who did', () => {
    const out = note('Couples session - Ana & Ben.\n- Failed FET last wk (both devastated)\n- Ana: "I keep thinking it was my fault." Blames herself for the long run she took\n- Both deny SI/HI', 'dap');
    expect(out).toMatch(/The frozen embryo transfer \(FET\) last week was unsuccessful \(both devastated\)/);
    expect(out).not.toMatch(/Client failed/);
    expect(out).toMatch(/Ana blamed herself for the long run she took/);
    expect(out).not.toMatch(/reported Blames/);
  });
});
