import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 25 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const text = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, format: string, key: string): string => composeNote({ summary, format }).sections.find((s) => s.key === key)!.text;

describe("another person's risk and another person's account", () => {
  it("a parent's pills and words, told after the parent's age, stay the parent's", () => {
    const r = readSummary('um so this is for Dana individual session um her dad is 81 lives alone and told Dana on Friday that he has pills saved up and he is tired of being a burden um Dana herself denied any suicidal thoughts um we made a plan for her to call his doctor');
    expect(r.risk.si).toBe('denied');
  });

  it("one person's account of what another said is not the client's status", () => {
    const r = readSummary('Saw Ann and Joe together. Ann mentioned at the end that Joe said last week "you would all be better off without me" when he was drunk. I did not get to ask Joe today.');
    expect(r.risk.si).toBe('not_assessed');
  });

  it('a passive wish in a relative\'s words is restated in the risk section', () => {
    const out = section('Family session. Mom said "some days I don\'t want to wake up." Teen denied SI when asked alone.', 'dap', 'risk');
    expect(out).toMatch(/don't want to wake up/);
  });

  it('a jotted denial after a pronoun\'s statement stays with that pronoun', () => {
    const r = readSummary('um so his wife came in too and um she said she would never do anything because of her grandkids no plan no intent and um we talked about his week', { pronouns: 'he' });
    expect(r.facts.find((f) => /no plan/.test(f.text))!.text).toMatch(/^she reported no plan/);
  });

  it('"danger to self" on a hold is risk content, not self-harm done', () => {
    const r = readSummary('Active SI with plan. Placed on hold (danger to self). Transported to the ED.');
    expect(r.risk.selfHarm).toBe('not_assessed');
    expect(r.risk.si).toBe('active');
  });

  it('walking in front of a bus is an active plan', () => {
    expect(readSummary('Reports "I\'m going to walk in front of a train tonight."').risk.si).toBe('active');
  });

  it('"everyone would be better off if he wasn\'t around" is passive ideation, not a conditional', () => {
    expect(readSummary('he said sometimes he thinks everyone would be better off if he just was not around, no plan.', { pronouns: 'he' }).risk.si).toBe('passive');
  });
});

describe('dictated quotations and decisions', () => {
  it('"and I\'m quoting" with no quotation marks quotes the words, never the clinician', () => {
    const out = text('um so he was furious at his landlord and he said and I\'m quoting if he cuts my water again I will smash his windows I swear so I explored that and he said he would not actually do it and he just wanted to vent');
    expect(out).toMatch(/"if he cuts my water again I will smash his windows I swear"/);
    expect(out).not.toMatch(/the therapist will smash/);
    expect(out).not.toMatch(/quoting/);
  });

  it('a pause ends a quoted statement before the clinician speaks again', () => {
    const out = text('um so she said sometimes I feel like I am drowning at work um I asked her what helps and she said walking the dog');
    expect(out).toMatch(/"sometimes I feel like I am drowning at work"/);
    expect(out).toMatch(/Therapist asked her what helps/);
  });

  it('a decision after a consultation with a named doctor is the clinician\'s and the doctor\'s', () => {
    const out = text('um so he declined admission and after consult with Dr Patel we decided he can go home with his wife tonight um referral to IOP intake tomorrow');
    expect(out).toMatch(/the therapist and Dr\. Patel decided/);
    expect(out).not.toMatch(/[Tt]herapist and client decided/);
  });
});

describe('abbreviations in context', () => {
  it('"W&I" is a code, not the clinician', () => {
    expect(text('Placed on hold per W&I code. Transported by ambulance.')).toContain('W&I');
  });

  it('"ACT team" is Assertive Community Treatment', () => {
    const out = text('Notified ACT team lead and shelter case manager.');
    expect(out).toMatch(/Assertive Community Treatment \(ACT\) team/);
    expect(out).not.toMatch(/acceptance and commitment/i);
  });
});
