import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 129 (a university counseling center; a trauma clinic for veterans and first responders) and the rest of
// 126: a spouse or parent met without the client, a second means named, a condition on the act, a reason after "given",
// where the client sleeps tonight, the director consulted, the Veterans Crisis Line. Tested on summaries written for this file.

describe('review 129: the one met without the client', () => {
  it('in a call with the client\'s husband, his own answers and his own wish are his, never the client\'s status', () => {
    const summary = 'Collateral call w/ pt\'s husband (J.), ROI on file, 15 min.\nHe called re: pt\'s panic attacks at work.\nHusband tearful, said he sometimes "wishes he could just disappear." Asked directly - he denied thoughts of killing himself, no plan. He has no therapist. Gave him 988 and a referral list.\nPlan: discuss call w/ pt Thurs.';
    const risk = section(summary, 'risk', 'pirp');
    expect(risk).not.toMatch(/the client denied suicidal ideation/);
    expect(note(summary, 'pirp')).toMatch(/When asked directly, he denied thoughts of killing himself/);
    expect(note(summary, 'pirp')).not.toMatch(/Client has no therapist/);
  });

  it('a call from a student\'s father is without the client: what he mentions is his, and "we" after the director is the two of them', () => {
    const summary = 'Phone call from father of student (junior, seen here 2x). Dad worried, says son texted "I can\'t keep doing this." No ROI on file. He also mentioned that his uncle died by suicide last year. After the call I consulted w/ director (Dr. Lee) - we requested a welfare check from campus police.';
    const out = note(summary, 'simple');
    expect(out).not.toMatch(/Client also mentioned/);
    expect(out).not.toMatch(/therapist and client requested/);
    expect(out).toMatch(/the therapist and the director requested/);
  });

  it('"she will stay with mom at the hotel" after "mom is driving up" is the client, never the mother with herself', () => {
    const out = note('um so crisis walk in um she said she has been thinking about killing herself um I called her mom with her permission mom is driving up tonight she will stay with mom at the hotel um f/u tomorrow', 'dap');
    expect(out).not.toMatch(/Mother will stay with mother/);
  });
});

describe('review 129: risk read from its parts', () => {
  it('"if it doesn\'t get better by the end of the month she\'d do it" is intent, and "she did cut in high school" a self-harm history', () => {
    const summary = 'um so same day crisis um she said she has been thinking about killing herself since the breakup um she said if it does not get better by the end of the month she\'d do it um denies any attempts before she did cut in high school none since um we did the safety plan together';
    const r = readSummary(summary);
    expect(r.risk.intent).toBe(true);
    expect(r.risk.selfHarm).toBe('history');
  });

  it('"doesn\'t meet for hospital tonight given she\'s future oriented" keeps its reason', () => {
    const out = note('um so crisis walk in roommate brought her in around two um she said she has been thinking about killing herself for a week um I consulted with Dr Reyes on call and we agreed she doesn\'t meet for hospital tonight given she\'s future oriented and engaged and has means restriction in place um f/u tomorrow at ten with me and she has the crisis line number', 'dap');
    expect(out).toMatch(/hospital tonight given she is future oriented/);
    expect(out).not.toMatch(/tonight given\./);
  });

  it('a revolver and a rifle at home are both named; both held by the son are both removed', () => {
    expect(readSummary('He has thought about not being here. He keeps his dad\'s revolver and a deer rifle at home, loaded revolver in the nightstand.').risk.meansNamed).toBe('rifle and revolver');
    const out = note('um so he is having thoughts of killing himself um he says he has no plan and hasn\'t thought about how um his service revolver and the hunting rifles have been at his son\'s house since March um he says what keeps him here is his granddaughter', 'soap');
    expect(out).toMatch(/the rifles and revolver were reported removed or held by someone else/);
    expect(out).not.toMatch(/not thought about how his service revolver/);
    expect(readSummary('he is having thoughts of killing himself. he says what keeps him here is his granddaughter.').risk.protectiveFactors).toContain('his granddaughter');
  });

  it('"988 press 1" is the Veterans Crisis Line; "w/ his signed ROI" stays as written', () => {
    const out = note('Vet, denies SI. Gave him 988 press 1. w/ his signed ROI I can only confirm attendance.', 'soap');
    expect(out).toMatch(/Veterans Crisis Line \(988, press 1\)/);
    expect(out).not.toMatch(/his were signed/);
  });
});
