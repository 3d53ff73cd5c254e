import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 31 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const text = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('review 31: risk', () => {
  it('a C-SSRS rated high or moderate risk is active ideation, and the rating is not the client\'s report', () => {
    const summary = 'Crisis walk-in. Has pills saved at home.\n- C-SSRS done, high risk\n- Client unable to contract for safety';
    expect(readSummary(summary).risk.si).toBe('active');
    expect(text(summary, 'birp')).toMatch(/Client was unable to contract/);
    expect(text(summary, 'birp')).not.toMatch(/Client reported[^.]*high risk/);
  });

  it('a partner\'s threat to kill the client is a danger to the client, not the client\'s threat', () => {
    const r = readSummary('Pt reports husband threatened her Sunday: "if you call the police I will kill you." Pt denies SI/HI.');
    expect(r.risk.threat).not.toBe(true);
    expect(r.risk.hi).toBe('denied');
  });

  it('"risk low-mod" keeps both ends of the level', () => {
    expect(readSummary('A: urges high during conflict. Risk low-mod, no current SI.').risk.level).toBe('low-moderate');
  });

  it('a relative\'s passive wish, told in one dictated sentence, stays the relative\'s, and so does her denial', () => {
    const r = readSummary('um so family session with Jake and his mom um Jake is 14 and the issue was school and then mom said she has been having thoughts of not wanting to wake up since her own dad died and she has not told anyone um she denied any plan or intent I gave her the crisis line');
    const denial = r.facts.find((f) => /denied any plan or intent/i.test(f.text))!;
    expect(denial.subject).toBe('other');
    expect(r.facts.some((f) => /her own father died/.test(f.text))).toBe(true);
  });
});

describe('review 31: dictation', () => {
  it('"and I\'m quoting here" quotes the words up to a pause and "she said"', () => {
    const r = readSummary('um so she is grieving her husband um she said and I\'m quoting here sometimes I think I\'d just like to go to sleep and not wake up um she said she would never do anything to herself no plan no intent um we talked about that and I did a safety plan with her her daughter Ann is the main contact');
    expect(r.facts.some((f) => f.text === 'she said "sometimes I think I\'d just like to go to sleep and not wake up"')).toBe(true);
    expect(r.facts.some((f) => /^I did a safety plan with her$/.test(f.text))).toBe(true);
    expect(r.risk.si).toBe('passive');
  });

  it('a day of the week or "on time" is not where a statement starts or stops', () => {
    const r = readSummary('okay so this is Sam follow up um he is on buprenorphine day 94 of treatment his urine last Tuesday was positive and he looked tired but on time plan is he will go to his meeting Thursday and text his sponsor before any family event');
    expect(r.facts.some((f) => /last\s+Tuesday was positive/.test(f.text))).toBe(true);
    expect(r.facts.some((f) => /^plan is he will go/i.test(f.text) || f.kind === 'plan')).toBe(true);
    expect(section('okay so this is Sam follow up um he is on buprenorphine day 94 of treatment and he looked tired but on time plan is he will go to his meeting Thursday', 'session')).toMatch(/Client: Sam; follow-up/);
  });
});

describe('review 31: labelled DAP lines', () => {
  it('"Affect anx, congruent" under D: is what was seen; "Pt demonstrating ..." is the clinician\'s finding', () => {
    const summary = 'D: Pt rpts urges x3 this wk, did not act. Affect anx, congruent.\nA: Pt demonstrating incr distress tolerance.\nP: cont DBT wkly.';
    const out = text(summary, 'dap');
    expect(out).toMatch(/Client presented with anxious affect, congruent/);
    expect(out).toMatch(/Client was demonstrating increased distress tolerance/);
    expect(out).toMatch(/Client reported urges/);
  });
});

describe('review 31: warnings and responses after safety work', () => {
  it('"no safety concerns" is not called a safety concern named', () => {
    const warnings = composeNote({ summary: 'Couples session. Worked on repair attempts. No safety concerns.', format: 'dap' }).warnings.map((w) => w.message).join('\n');
    expect(warnings).not.toMatch(/names a safety concern/);
  });

  it('what the client did right after the safety plan was reviewed is the response', () => {
    const r = readSummary('She has passive thoughts, no plan. I reviewed her safety plan with her and she added her sister as a contact.');
    expect(r.facts.find((f) => /added her sister/.test(f.text))!.kind).toBe('response');
  });
});
