import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { note } from './note-text.ts';

// Blind review 85 (issue 6): a generalist group practice (adults and couples), and adolescents alone,
// with parents and in groups. Each mechanism the reviewers' notes showed missing, tested on summaries
// written for this file.

describe('review 85: risk read right', () => {
  it('a negative screen with when it was given between is a denial, never ideation endorsed', () => {
    expect(readSummary("Parent session. Noor's last SI screen (2 wks ago) negative. Plan: re-screen Mon.").risk.si).not.toBe('active');
    expect(readSummary('SI screen last week was negative.').risk.si).toBe('denied');
  });

  it('a threat on a condition in the first person is still a threat, and "not going to hurt anyone" clarifies it', () => {
    const r = readSummary('ok so couples session with Dan and Mia um Dan said if her ex shows up again I swear I will kill him and this was about Mia\'s ex so I assessed he said it was an expression he is not going to hurt anyone no weapons').risk;
    expect(r.threat).toBe(true);
    expect(r.hi).not.toBe('present');
  });

  it('in a group note written for one member, another member\'s self-harm is not that member\'s, and "(not Theo)" is no denial', () => {
    const r = readSummary('Grp - DBT skills, 6 members. note for Ana R.\nanother member (not Ana) disclosed SH last night, handled separately.\nAna denies SI/HI.').risk;
    expect(r.selfHarm).not.toBe('denied');
    expect(r.selfHarm).not.toBe('present');
  });
});

describe('review 85: who did it', () => {
  it('dictation\'s lower-case names are the people the summary names, and what they say is theirs', () => {
    const out = note('ok so couples session with Ravi and Lena Shah um Lena found messages from Ravi to a coworker uh ravi said it was work stuff lena said she does not believe him and we practiced the soft startup', 'dap');
    expect(out).toMatch(/Ravi said it was work stuff/);
    expect(out).toMatch(/Lena said she does not believe him/);
  });

  it('coping used right after the act not done is the client\'s, never the clinician\'s', () => {
    const out = note('urges to cut x2 this wk. did NOT act - used cold water + called her aunt. reviewed TIPP.', 'soap');
    expect(out).toMatch(/Client used cold water and called her aunt/);
    expect(out).not.toMatch(/Therapist used cold water/);
  });

  it('words a teen kept saying are quoted, never turned into the clinician\'s', () => {
    const out = note('family session um Tyler kept saying you are not my boss and mom cried and we talked about house rules', 'dap');
    expect(out).toMatch(/"you are not my boss"/);
    expect(out).not.toMatch(/the therapist's boss/);
  });

  it('"we decided" after a consultation is the clinicians\' decision; "we called EMS" is theirs', () => {
    const out = note('ok so crisis walk in um active SI plan to overdose on his meds um I consulted with Dr Patel and we decided on voluntary admission so we called EMS for transport', 'birp');
    expect(out).toMatch(/Dr Patel and the therapist decided on voluntary admission/);
    expect(out).not.toMatch(/Therapist and client (?:decided|called)/);
  });

  it('a patient who died in the client\'s care is a patient, never the client', () => {
    expect(note('ICU nurse. pt died on her unit Mon, she feels she missed signs. passive SI, no plan.', 'dap')).toMatch(/a patient died on her unit/);
  });

  it('an exercise "where each person says what they heard" stays one sentence', () => {
    expect(note('family session um we did an exercise where each person says what they heard the other say before responding and it went okay and mom cried', 'dap')).toMatch(/where each person says what they heard/);
  });
});

describe('review 85: framed right', () => {
  it('"mod distracted" is moderately; "mod risk" is moderate', () => {
    expect(expandShorthand('Mod distracted towards end')).toMatch(/moderately distracted/);
    expect(expandShorthand('mod risk')).toMatch(/moderate risk/);
  });

  it('a parent-only consult is a family session without the client, and the advice after a dash is the clinician\'s', () => {
    const r = readSummary('Parent-only consult w/ mom (Tina) re Jonah, 9. mom asked how to handle bedtime - gave scripts, advised consistent routine.');
    expect(r.session.serviceType).toBe('family');
    expect(note('Parent-only consult w/ mom (Tina) re Jonah, 9. mom asked how to handle bedtime - gave scripts, advised consistent routine.', 'simple')).toMatch(/Therapist gave scripts/);
  });

  it('after the clinician\'s work, "cont biwkly" is the plan; a name and age with a topic is the heading; a stance is seen', () => {
    const out = note('Zoe 15 f/u. Doing better, fewer fights w/ dad. Reviewed coping skills, cont biwkly.', 'simple');
    expect(out).toMatch(/Continue biweekly/);
    expect(out).not.toMatch(/\[Not documented: add the plan/);
    expect(note('telehealth video. Eli 16 sub use. Reports cannabis daily. Ambivalent re: cutting back. MI.', 'dap')).toMatch(/^Session: telehealth \(video\)\. Eli 16 substance use\.[\s\S]*Client was ambivalent regarding cutting back/);
  });

  it('a family history goes on only with a relative named; another label ends it', () => {
    const r = readSummary('Intake - Sam Lee, 40M. Fam hx: mother depression. Married 10 yrs. Medical: asthma.');
    expect(r.facts.map((f) => f.text).join(' | ')).not.toMatch(/Family history: (?:married|medical)/i);
  });

  it('in a group, the member the clinician met with after group is the one who answers', () => {
    expect(note('Teen grp, 6 members.\n- Jonah shared a friend posted "I want to disappear". after grp I met with Jonah 1:1, he gave the friend\'s name, I notified his school counselor.', 'girp')).toMatch(/Jonah gave the friend's name/);
  });
});
