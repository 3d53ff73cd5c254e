import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 148 (a juvenile justice mental health service; an autism and developmental disabilities clinic), read on
// 049b8ac. Tested on summaries written here, not the reviewers'.

describe('review 148: calls with someone else', () => {
  it('"Phone call with Mr. Abrams, the public defender for T.J. ... He asked ..." is Mr. Abrams asking, never the client', () => {
    const out = note('Phone call with Mr. Ortiz, the public defender for D.R., about 15 min. He asked whether I would testify at the review hearing. I told him I can speak to attendance only. He will send a new release this week.', 'simple');
    expect(out).toMatch(/Mr\. Ortiz asked whether the therapist would testify/);
    expect(out).not.toMatch(/Client asked/);
    expect(out).not.toMatch(/Client will send/);
  });

  it('"Collat call w/ Ms. Reyes (house mgr) re pt Anthony ... c/o escalating aggression" is her concern, the client absent', () => {
    const out = note('Collat call w/ Ms. Lane (house mgr, Oak St) re pt Devon, 24, ASD. c/o escalating aggression x 1 wk. Per staff pt threw a chair Sat, no injuries. I will see pt Tues.', 'pirp');
    expect(out).toMatch(/Ms\. Lane reported concern about escalating aggression/);
    expect(out).not.toMatch(/Client complained/);
  });
});

describe('review 148: whose risk', () => {
  it('"dad said he\'s running on empty and thinks the family would be better off without him. I asked directly: he says no plan" is the father\'s', () => {
    const r = readSummary('Telehealth w/ dad (Mr. Lee) re his son Max, 7, ASD. Coached praise. Toward the end dad said he is "running on empty" and sometimes thinks the family would be better off without him. I asked directly: he says no plan, no intent.');
    expect(r.risk.othersRisk).toBe(true);
    expect(r.risk.si).not.toBe('passive');
    const out = note('Telehealth w/ dad (Mr. Lee) re his son Max, 7, ASD. Coached praise. Toward the end dad said he is "running on empty" and sometimes thinks the family would be better off without him. I asked directly: he says no plan, no intent.', 'girp');
    expect(out).toMatch(/When asked directly, the father reported no plan/);
    expect(out).not.toMatch(/client reported no plan/i);
  });

  it('"going to \'f*** up\' Officer Lane" and "wait till he opens his door and \'rush him\'" are threats; "rush him to the ER" is not', () => {
    expect(readSummary('Youth told staff he is going to "f*** up" Officer Diaz tomorrow.').risk.threat).toBe(true);
    expect(readSummary('Said he would wait till Diaz opens his door and "rush him."').risk.threat).toBe(true);
    expect(readSummary('Staff had to rush him to the ER after the seizure.').risk.threat).not.toBe(true);
  });

  it('"able to name her little brother as a reason to stay, but said that wasn\'t enough" keeps the brother as the factor', () => {
    const r = readSummary('She said she was planning to hang herself tonight. She was able to name her little brother as a reason to stay, but said that wasn\'t enough right now.').risk;
    expect(r.protectiveFactors).toContain('her little brother');
    expect(r.protectiveFactors.some((p) => /not enough/.test(p))).toBe(false);
  });
});

describe('review 148: dictated sessions', () => {
  const summary = 'um so video session with Dre he is on probation at his aunts um we talked about the fight he says the other kid came at him first and he was just defending himself um I pushed on that and he did admit he swung first after the kid said something about his cousin um I asked directly about hurting himself or anyone else and he said no and no not like that he just wants to be left alone um plan is weekly video';

  it('"after the kid said something about his cousin" stays with what he admitted, never the client\'s saying', () => {
    const r = readSummary(summary);
    expect(r.facts.some((f) => /^said something about his cousin/i.test(f.text))).toBe(false);
    expect(r.facts.some((f) => /after the kid said something about his cousin/.test(f.text))).toBe(true);
  });

  it('"he says the other kid came at him first and he was just defending himself" stays his account', () => {
    const r = readSummary(summary);
    expect(r.facts.some((f) => /came at him first and he was just defending himself/.test(f.text))).toBe(true);
  });

  it('"asked directly about hurting himself or anyone else and he said no and no" denies self-harm and homicidal ideation', () => {
    const r = readSummary(summary).risk;
    expect(r.selfHarm).toBe('denied');
    expect(r.hi).toBe('denied');
  });
});

describe('review 148: screens and sentences', () => {
  it('"screened after group bc of the crying + prior hx: denies SI, denies SH" denies both today', () => {
    const r = readSummary('Teen skills group, 5 attended. Jo shared she was left out, cried briefly. Jo screened after group bc of the crying + prior hx: denies SI, denies SH. Mom informed.').risk;
    expect(r.si).toBe('denied');
    expect(r.selfHarm).toBe('denied');
  });

  it('"I looked nothing on her arms mom didn\'t know about the urges" splits before the mother', () => {
    const r = readSummary('okay family session for Ada she is 13 um so Ada said she has been having urges to scratch her arms but she has not done it she has been using the ice instead I looked nothing on her arms mom didn\'t know about the urges and got upset stepdad was calm um plan is meet again in a week');
    expect(r.facts.some((f) => /^(?:mom|mother) did(?: not|n't) know about the urges/i.test(f.text))).toBe(true);
  });
});

describe('review 148: words', () => {
  it('"ASD" is autism where development is the topic, acute stress disorder after an assault', () => {
    expect(note('Telehealth w/ dad re his son Kai, 6, ASD + ADHD. Reviewed token board.', 'simple')).toMatch(/autism spectrum disorder/);
    expect(note('Intake 3 days after the assault. Meets criteria for ASD.', 'simple')).toMatch(/acute stress disorder/);
  });
});

describe('review 148: the service', () => {
  it('"I was called to the unit because staff found ... a torn strip of bedsheet" is a crisis session', () => {
    const r = readSummary('I was called to the unit at 3 pm because staff found J. (16, M) with a shoelace tied around his neck. I met with him for about 40 minutes. He said he wanted to die. I did a C-SSRS and placed him on 1:1.');
    expect(r.session.serviceType).toBe('crisis');
  });
});

