import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 56 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';
const risk = (summary: string) => readSummary(summary).risk;

describe('review 56: denials that reach further than the next word', () => {
  it('"denies plan, intent, or any prior attempts" denies the attempts', () => {
    const r = risk('Passive SI, denies plan, intent, or any prior attempts.');
    expect(r.attemptHistory).toBe(false);
    expect(section('indiv 50 min\nPassive SI, denies plan, intent, or any prior attempts.', 'risk', 'pie')).not.toMatch(/history of suicide attempt is documented/);
  });

  it('"has never said anything about wanting to hurt himself" and "no talk of wanting to die" are no urges', () => {
    const a = risk('Intake w/ mom. Mom denies Noah has ever said anything about wanting to hurt himself or die, no self-harm.');
    expect(a.selfHarmUrges).toBeUndefined();
    expect(a.selfHarm).toBe('denied');
    const b = risk('Ava (8) w/ mom. Wish to see Grandpa in heaven, "just for a visit". No talk of wanting to die or hurting herself.');
    expect(b.selfHarm).not.toBe('present');
    expect(b.selfHarmUrges).toBeUndefined();
  });
});

describe('review 56: who stayed, and what keeps the client going', () => {
  it('"Stayed w/ her continuously" in a crisis is the clinician', () => {
    const n = note('crisis 90 min\nActive SI with plan. Stayed w/ her continuously, called mobile crisis.');
    expect(n).toMatch(/Therapist stayed with her continuously/);
    expect(n).not.toMatch(/Client stayed/);
  });

  it('a safety plan\'s other headings are never protective factors', () => {
    expect(risk('Active SI, plan. Safety plan: reasons for living (grandson, his dog), warning signs, coping, contacts.').protectiveFactors).toEqual(['grandson', 'his dog']);
  });

  it('"no prior ED tx" and "ED eval referral" in an eating concern are the eating disorder', () => {
    const n = note('indiv 40 min\nbody checking a lot, runs 5 mi/day. Passive SI, no plan. no prior ED tx. Rec ED eval referral (Center for Discovery).', 'pie');
    expect(n).not.toMatch(/emergency department/);
    expect(n).toMatch(/eating disorder/);
  });
});

describe('review 56: run-ons and the clinician\'s clarifying', () => {
  it('a run-on never breaks after "than" or "as"', () => {
    const n = note('um so EAP session um she came up with more cons than I expected and we did decisional balance', 'dap');
    expect(n).not.toMatch(/than\. /);
    expect(note('Coached dad: let her have the tantrum as long as she is safe with herself and others.', 'dap')).not.toMatch(/as long as\./);
  });

  it('"Stopped and clarified: pt states it was venting" is the clinician clarifying', () => {
    const n = note('indiv 50 min\nSaid "I could kill him". Stopped and clarified: pt states it was venting, no HI.', 'birp');
    expect(n).toMatch(/Therapist stopped and clarified/);
    expect(n).not.toMatch(/Client stopped/);
  });
});

describe('review 56: a jotted passive', () => {
  it('"sent by Mr. K after he said ..." is "Client was sent by", never "Was were sent"', () => {
    const n = note('Jayden 4th gr 11/18\nsent by Mr. K after he said "I want to kill myself" in class. no plan. see Thurs.', 'girp');
    expect(n).toMatch(/Client was sent by Mr\. K/);
    expect(n).not.toMatch(/was were/i);
  });
});
