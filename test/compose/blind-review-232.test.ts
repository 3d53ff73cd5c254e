import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 232 (a rape crisis center's counseling program; an opioid treatment program), read on 5fb9f42.
// Tested on summaries written here, not the reviewers'.

describe('review 232: a parent\'s threat, a drug of choice', () => {
  it('a father\'s "I\'ll take care of that kid myself", knowing where the boy lives, is a threat to weigh', () => {
    const summary = 'Family sess w/ parents of Mia, 15. Dad said "if the school doesn\'t act I\'ll take care of that kid myself" and that he knows where the boy lives. Later said he was venting. Consulted w/ director.';
    const risk = readSummary(summary).risk;
    expect(risk.threat || risk.threatByOther).toBe(true);
    expect(section(summary, 'risk', 'soap')).toMatch(/threatening statement/);
  });

  it('"DOC: fentanyl IV" is the drug of choice, never a doctor', () => {
    expect(expandShorthand('DOC: fentanyl IV, daily')).toMatch(/drug of choice: fentanyl/i);
    expect(expandShorthand('released from DOC in May')).toMatch(/Department of Corrections/);
    expect(expandShorthand('saw the doc Tuesday')).toMatch(/doctor/);
  });
});

describe('review 232: ideation and intent as the client said them', () => {
  it('"her mom passed ... she wishes she just wouldn\'t wake up" is the client\'s passive ideation, never the mother\'s', () => {
    const summary = "ok this is for Dana M um video session about 45 minutes she's on methadone 90 mg um she said the past week has been hard her mom passed in February and she keeps saying what's the point of any of this she said sometimes she wishes she just wouldn't wake up but she has no plan no intent";
    expect(readSummary(summary).risk.si).toBe('passive');
  });

  it('"when I asked intent she said I don\'t know, maybe not today" is intent unclear, never reported', () => {
    const risk = readSummary('Thinking about killing herself daily this week, plan to take her leftover oxycodone. When I asked intent she said "I don\'t know, maybe not today". Safety plan done.').risk;
    expect(risk.intent).not.toBe(true);
    expect(risk.intentUnclear).toBe(true);
  });
});

describe('review 232: words and labels', () => {
  it('"SANE coord" is the coordinator; "will coord w/ PCP" the verb', () => {
    expect(expandShorthand('check w/ SANE coord re: kit timeline')).toMatch(/SANE coordinator/);
    expect(expandShorthand('will coord w/ PCP')).toMatch(/will coordinate/);
  });

  it('a hospital accompaniment with its 24-hour times has its hours', () => {
    const session = readSummary('Hospital accomp - County ED 0215-0430. Pt 22 assaulted walking home. Sat w/ her during exam.').session;
    expect(session.startTime).toBe('02:15');
    expect(session.endTime).toBe('04:30');
  });

  it('letters borrowed from two schemes ("S:", "O:", "I:", "R:", "P:") each keep their meaning', () => {
    const summary = 'S: urges to cut x1 wk, denies SI.\nO: picking at sleeves, linear.\nI: DBT TIPP practiced in session.\nR: named 2 skills for tonight.\nP: next wk.';
    expect(section(summary, 'intervention', 'pirp')).toMatch(/TIPP/);
    expect(section(summary, 'response', 'pirp')).toMatch(/2 skills for tonight/);
    expect(section(summary, 'problem', 'pirp')).not.toMatch(/\b[SORI]:/);
  });

  it('"Client reported has not cut" is written as a gerund', () => {
    expect(note('Ind. S: urges to cut x1 wk. Has not cut since 2021 per pt. Denies SI.', 'soap')).toMatch(/reported not having cut since 2021/);
  });

  it('"This morning" and "Phase" after "reported" keep no capital', () => {
    const text = note('Pt T. phase review. This morning at dosing window pt yelled at RN. Phase advancement on hold. Denies HI.', 'girp');
    expect(text).not.toMatch(/reported This morning|reported Phase/);
  });
});

describe('review 232: a crisis walk-in\'s interventions and responses', () => {
  const summary = 'CRISIS walk-in 1:40pm. Pt Ray (MMT 100mg) stated he has been saving doses and will take them all Sat. Pt agreed to let counselor call his sister, sister on way. Dr. Patel notified 2:05, take-homes suspended. Supervisor consulted. Will f/u tomorrow at dosing.';

  it('someone notified or consulted with no doer is the clinician\'s contact, said in the passive', () => {
    const text = section(summary, 'intervention', 'sirp');
    expect(text).toMatch(/Dr\. Patel was notified at 2:05/);
    expect(text).toMatch(/Supervisor was consulted/);
  });

  it('agreeing to let the counselor call someone is the client\'s response', () => {
    expect(section(summary, 'response', 'sirp')).toMatch(/agreed to let counselor call his sister/);
  });

  it('"MMT" is methadone maintenance treatment', () => {
    expect(note(summary, 'sirp')).not.toMatch(/\bMMT 100/);
  });
});

describe('review 232: what was seen', () => {
  it('"Pt shaking, minimal speech at first" is seen, never reported', () => {
    expect(readSummary('Hospital accomp - County ED. Pt shaking, minimal speech at first, then more talkative. Denies SI.').facts.find((f) => /shaking/.test(f.text))?.kind).toBe('observation');
  });

  it('"Theo in play: buried a figure in the sandtray" is what the child did, never the therapist\'s technique', () => {
    const kind = readSummary('Child/parent sess - Theo 6 and dad. Dad reports nightmares. Theo in play: buried a "monster" figure in the sandtray, said "he stays down there." Next wk.').facts.find((f) => /in play/.test(f.text))?.kind;
    expect(kind).not.toBe('intervention');
  });
});
