import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 86 (issue 6): a general outpatient clinic (adults, typed and dictated), and children
// 5-17 with parents. Each mechanism the reviewers' notes showed missing, tested on summaries written
// for this file.

describe('review 86: risk read right', () => {
  it('a child telling that an adult hit her is abuse disclosed, never a threat of hers', () => {
    const r = readSummary('Ava, 6, play session. She said he pushed her down "a lot" and hit her with a spoon. Report made to CPS.').risk;
    expect(r.threat).toBeUndefined();
    expect(r.hi).toBe('not_assessed');
  });

  it('"no SI reported by either parent" is the parents\' report, never the client\'s own denial', () => {
    const r = readSummary('Parent session, client not present. Mia herself - no SI reported by either parent.').risk;
    expect(r.deniedByOther).toContain('si');
  });
});

describe('review 86: who did it', () => {
  it('a question asked directly, then the answer, is the clinician\'s question and the client\'s answer', () => {
    const out = note('Jo 9 and dad. Jo said at school "I want to die." Met w/ Jo alone. Asked directly about wanting to die - she said "no I just miss my cat." Reviewed safety with dad.', 'birp');
    expect(out).toMatch(/When asked directly about wanting to die/);
    expect(out).not.toMatch(/Client asked directly/);
  });

  it('a screen\'s result is the result; the crisis line given after the client\'s agreement is the clinician\'s', () => {
    const out = note('daily SI, no plan. CSSRS - moderate. pt agreed to lock up meds, gave 988. f/u 3 days.', 'girp');
    expect(out).not.toMatch(/Client reported Columbia/);
    expect(out).toMatch(/Therapist gave the 988/);
  });

  it('who a person is, jotted after the name, is never what they reported', () => {
    expect(note('Lila, 7, play session. Said "Dan yells at mommy." Dan = mom\'s boyfriend. Report made.', 'soap')).toMatch(/Dan is the mom's boyfriend|Dan is the mother's boyfriend/);
  });
});

describe('review 86: framed right', () => {
  it('a separate parent session planned does not make this family session one without the client', () => {
    const c = composeNote({ summary: 'Family session - Reyes family (Leo 11, mom, dad), 50 min\nB: Leo refusing school, parents argued.\nI: psychoed on avoidance.\nP: consider separate parent session next month.', format: 'birp' });
    expect(JSON.stringify(c.cpt ?? c)).not.toMatch(/90846/);
  });
});

// Blind review 87 (read on the build with the R83-R86 fixes): community mental health, and children and families in private practice.
describe('review 87: risk read right', () => {
  it('an adult in the family named by who he is, hitting the client, is abuse disclosed, never the client\'s threat', () => {
    const r = readSummary('Intake, Ben 13, w/ mom. Ben alone: disclosed mom\'s bf "yells at me" and last weekend hit him w/ a belt, left marks. Report made to CPS. SI/HI denied.').risk;
    expect(r.threat).toBeUndefined();
    expect(r.hi).toBe('denied');
  });

  it('"HI w/o intent to kill, limited plan" leaves intent to harm open and reports the plan', () => {
    const r = readSummary('Said "I\'m gonna jump him after school and mess him up". A: HI w/o intent to kill, limited plan, risk low-mod.').risk;
    expect(r.intent).toBeUndefined();
    expect(r.plan).toBe(true);
    // "no intent to kill himself" is still a full denial of suicidal intent.
    expect(readSummary('Passive SI, no intent to kill himself, no plan.').risk.intent).toBe(false);
  });
});

describe('review 87: framed right', () => {
  it('"TH (phone, pt no video access)" is a phone session; "Client Kayla attended" is Kayla; "Group gave support" is the group\'s', () => {
    expect(readSummary('TH (phone, pt no video access). pt anxious re job. denies SI.').session.modality).toBe('phone');
    const out = note('IOP group, 8 members, 90 min. Client Kayla attended, on time. Topic: triggers. Group gave support. Denies SI/HI.', 'birp');
    expect(out).toMatch(/Kayla attended, on time/);
    expect(out).not.toMatch(/Client reported (?:Kayla|Group)/);
  });
});
