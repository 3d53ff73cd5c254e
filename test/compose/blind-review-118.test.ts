import { describe, expect, it } from 'vitest';
import { note } from './note-text.ts';

// Blind review 118 (school-based mental health in K-12; a couples and sex therapy practice), with the rest of reviews
// 116 and 117: who did it when a team or a partner is in the room, what the abbreviation means in that setting, and a
// suicide plan never filed as the treatment plan. Tested on summaries written for this file.

const riskStatus = (out: string): string => /Risk status as documented[^:\n]*: [^\n]*/.exec(out)?.[0] ?? '';

describe('review 118: couples and sex therapy', () => {
  it('in a couple\'s intake, one partner\'s suicidal thoughts outrank the other partner\'s denial', () => {
    const out = note('Intake, couple: Maria and Dev P, together 6 yrs. Individual screens: Maria denies SI. Dev says he has had thoughts of killing himself since he lost his job, no plan, no intent. Safety plan w/ Dev.', 'dap');
    expect(riskStatus(out)).toMatch(/for whom, see the statements above/);
    expect(riskStatus(out)).toMatch(/endorsed active suicidal ideation/);
    expect(riskStatus(out)).not.toMatch(/denied suicidal ideation/);
  });

  it('"both deny any thoughts of hurting themselves or each other" at the end of a run-on is a denial', () => {
    const out = note('ok so session three with Priya and Sam um they did the listening homework twice Sam said it felt awkward both deny any thoughts of hurting themselves or each other see them next week', 'birp');
    expect(riskStatus(out)).toMatch(/denied suicidal ideation/);
  });

  it('in a sex therapy note "ED" is erectile dysfunction and a "prostate bx" a biopsy', () => {
    const out = note('Sex therapy, indiv, sess 2. ED x 1 yr since prostate bx. On sildenafil prn. Denies SI. Psychoed on performance anxiety.', 'soap');
    expect(out).toMatch(/erectile dysfunction for 1 year since prostate biopsy/);
    expect(out).not.toMatch(/emergency department|behavior/);
    expect(out).toMatch(/Sex therapy/);
  });

  it('"per K and per Laura" is two sources, never kindergarten', () => {
    expect(note('Crisis appt. Kevin, 50. SI w/ plan. No firearms in home per K and per Laura.', 'soap')).not.toMatch(/kindergarten/);
  });

  it('her account of a bruise the clinician saw is hers, never the therapist\'s', () => {
    const out = note('IPV screen, 1:1. Behavior: tense. Bruise on R wrist, said she caught it in a door. Denies SI/HI.', 'birp');
    expect(out).not.toMatch(/Therapist observed[^.]*and said/);
    expect(out).toMatch(/Client said she caught it in a door/);
  });
});

describe('review 118: school-based mental health', () => {
  it('"plan is to take them Friday" in a student\'s disclosures is a suicide plan, never the treatment plan', () => {
    const out = note('Crisis session. Student disclosed saving her dad\'s pills for a week. Plan is to take them Saturday when everyone is out. States intent. Called parents and mobile crisis.\nPlan: re-entry meeting before return.', 'sirp');
    const plan = out.split('\n').find((l) => /re-entry meeting/.test(l)) ?? '';
    expect(plan).not.toMatch(/take them Saturday/);
    expect(out).toMatch(/take them Saturday/);
  });

  it('with a team at work, "we rated it" and "we called dad" are the team\'s, never the student\'s', () => {
    const out = note('threat assessment for Jake 7th grade he told a friend he would bring a knife to hurt a classmate I did the assessment with the team and we rated it a substantive threat and we called his mom who came in', 'birp');
    expect(out).not.toMatch(/Therapist and client (?:rated|called)/);
    expect(out).toMatch(/Therapist and the team rated it a substantive threat/);
  });

  it('a mark seen under a report\'s label is a finding, and "Lg" is large', () => {
    const out = note('Walk-in during lunch, 4th grade\nP: said mom\'s boyfriend grabbed her arm last night. Lg bruise back of R upper arm, purple. Denies SI.\nI: supportive listening, CPS report made.', 'pie');
    expect(out).toMatch(/Noted: large bruise back of right upper arm/);
    expect(out).not.toMatch(/Client reported (?:Lg|[Ll]arge) bruise/);
  });

  it('"Will check in w/ him at 2:30" under the response label is the clinician\'s check-in', () => {
    const out = note('P: student upset after a fight at lunch. I: problem solving. E: calmer, went back to class. Will check in w/ him at 2:30.', 'pie');
    expect(out).toMatch(/Therapist will check in with him at 2:30/);
    expect(out).not.toMatch(/Client will check in with him/);
  });

  it('"D in Spanish" is a grade, never the initial of someone named Dunn', () => {
    const out = note('504 meeting - Ana R, 10th. Present: mom, 504 coord Mr. Dunn. Grades dropped (D in Spanish). Denies SI.', 'soap');
    expect(out).toMatch(/D in Spanish/);
    expect(out).not.toMatch(/Dunn in Spanish/);
  });

  it('a classroom observation\'s counts are what the clinician saw, never the child\'s report', () => {
    const out = note('Classroom obs - Leo, 1st grade, 10:00-10:30\n- out of seat 9x in 30 min\n- on-task ~50%\n- shared data w/ teacher after', 'dap');
    expect(out).not.toMatch(/Client reported (?:out of seat|on-task)/);
    expect(out).toMatch(/Out of seat 9 times in 30 minutes/);
  });

  it('the assistant principal told of the bullying, not the student, will investigate it', () => {
    const out = note('um so this was a check in with Maddie she said the girls at lunch have been calling her names for weeks and posting about her and she was crying most of the time I told the principal about the name calling she is going to do an investigation and I will see Maddie tomorrow morning', 'birp');
    expect(out).not.toMatch(/Client will do an investigation/);
    expect(out).toMatch(/The principal is going to do an investigation/);
  });

  it('"low to moderate risk I would say" is the clinician\'s impression, and the words said in class are quoted apart from the cause', () => {
    const out = note('teacher brought her down after she said in class I want to die after some boys laughed at her um she is low to moderate risk I would say no plan no intent', 'birp');
    expect(out).toMatch(/Therapist's impression: she is low to moderate risk/);
    expect(out).toMatch(/in class "I want to die" after some boys laughed at her/);
  });
});

describe('reviews 116 and 117: what the rest of the notes needed', () => {
  it('"Individual, in person, 60 min." after the heading is the session, with its length', () => {
    const out = note('Pt: Sam Reyes, 39M. Individual, in person, 60 min. Dx PTSD; AUD mild, early remission.\nPt reports nightmares 3x/wk.', 'soap');
    expect(out).toMatch(/^Individual psychotherapy[^.\n]*60 minutes/);
    expect(out).not.toMatch(/Client reported (?:Individual|alcohol use disorder)/);
  });

  it('a day told first, then what the client did, keeps the client as the doer', () => {
    expect(note('Pt seen for f/u. Saturday night sat in the garage with the engine running for 10 min, then went inside. Denies intent now.', 'soap')).toMatch(/On Saturday night, the client sat in the garage/);
  });

  it('"thoughts of wanting to act" make the ideation active; a named protective factor stops at what she said', () => {
    const out = note('Pt reports SI daily, has had thoughts of wanting to act "but I wouldn\'t because of my son". No plan. Protective factors: her son, church, said she felt relieved to say it.', 'soap');
    expect(riskStatus(out)).toMatch(/endorsed active suicidal ideation/);
    expect(out).not.toMatch(/passive or active not stated/);
    expect(out).toMatch(/Protective factors: her son, church\./);
  });

  it('"we\'ll let the OB team know" is the clinician\'s; L and D and pp are spelled out', () => {
    const out = note('saw Maya Cole on the L and D unit after a loss at 30 weeks she was tearful um I will come back tomorrow and we\'ll let the OB team know so they screen her at the pp visit', 'birp');
    expect(out).toMatch(/labor and delivery unit/);
    expect(out).toMatch(/Therapist will let the OB team know/);
    expect(out).toMatch(/postpartum visit/);
  });

  it('"Mike to text me once the guns are out" keeps the clinician as the one texted; a fallback call is the plan', () => {
    const out = note('Safety plan done. Plan: brother Mike to text me once the guns are out of the house; if no text by 8pm I\'ll call pt.', 'soap');
    expect(out).toMatch(/Mike to text the therapist once the guns are out of the house/);
  });

  it('"Evaluation - pt engaged" is the PIE label, never the client\'s report', () => {
    const out = note('Problem - Ana, 30, panic attacks 3x/wk. Intervention - interoceptive exposure. Evaluation - pt engaged, SUDS 60 to 30.', 'pie');
    expect(out).not.toMatch(/Client reported evaluation/);
    expect(out).toMatch(/Client was engaged/);
  });
});
