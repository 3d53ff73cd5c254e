import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { cleanDictation } from '../../src/compose/read/clean-dictation.ts';
import { splitClauses } from '../../src/compose/read/split-clauses.ts';
import { note } from './note-text.ts';

// Blind review 98 (issue 6): a community mental health center for adults with serious mental illness,
// and a child and family practice; with what the R97 reviewers' notes still asked for. Each mechanism
// tested on summaries written for this file.

describe('review 98: risk', () => {
  it('a parent\'s own death wish in a child\'s session is the parent\'s risk, never the child\'s', () => {
    const risk = readSummary('PCIT coaching, Leo 5 + dad. End of sess dad tearful re layoff, said "some days I wish I wouldn\'t wake up" - denies plan or intent.').risk;
    expect(risk.si).not.toBe('passive');
    expect(risk.othersRisk).toBe(true);
  });

  it('a child\'s disclosure that a parent\'s partner hit him is no threat by anyone in the room', () => {
    expect(readSummary('Malik told me mom\'s bf Darnell hit him with a belt last week, showed marks. Mom denies SI/HI.').risk.threat).not.toBe(true);
  });

  it('a means held by someone else ("sister to hold car keys") is part of the safety plan', () => {
    expect(readSummary('Active SI, thoughts of driving into a pole, no plan. Sister agreed to hold car keys this wk.').risk.safetyPlan.join(' ')).toMatch(/car keys/);
  });
});

describe('review 98: who and what', () => {
  it('"MI re: pros/cons" after a nurse\'s shot is motivational interviewing, never a heart attack', () => {
    expect(expandShorthand('RN gave the shot after MI re: pros/cons')).not.toMatch(/myocardial/);
    expect(expandShorthand('father had MI last year')).toMatch(/myocardial infarction/);
  });

  it('an ACT team member\'s act is theirs, and "ACT to do daily HV" is the team', () => {
    expect(note('ACT home visit w/ Omar. RN gave LAI in home, pt agreed.', 'soap')).toMatch(/RN gave long-acting injectable \(LAI\) in home/);
    expect(expandShorthand('ACT to do daily HV x 1 wk')).toMatch(/Assertive Community Treatment \(ACT\) to do daily home visit/);
  });

  it('"no new SE" on a medication check is side effects', () => {
    expect(expandShorthand('adherent per pillbox, no new SE, sleeping ok')).toMatch(/no new side effects/);
  });

  it('after a pause, "during drawing she drew ..." starts a statement of its own, never the mother\'s', () => {
    const texts = splitClauses(cleanDictation('ok so this is Ella she is 8 seen alone today mom waited in the lobby um during drawing she drew her room and said she is scared at night because of the noises and she wants the light on um she was calm and I told her that was okay')).map((c) => c.text);
    expect(texts.some((t) => /^mom waited in the lobby$/.test(t.trim()))).toBe(true);
  });

  it('"told her I\'d need to tell people whose job is keeping kids safe" is the clinician\'s duty, never a quotation', () => {
    expect(note('Session w/ Ella. told her I\'d need to tell people whose job is keeping kids safe.', 'birp')).toMatch(/told her that the therapist would need to tell people/);
  });

  it('"she said something like ..." keeps the hedge outside her words', () => {
    expect(readSummary('Telehealth w/ Mia. she said something like sometimes I think it would be easier to not wake up, no plan.').facts.some((f) => /something like "sometimes I think/.test(f.text))).toBe(true);
  });

  it('an instruction ("Get ROI ...") and "Plan wkly" are the plan; "Zoe today denied" is Zoe\'s', () => {
    const facts = readSummary('Session w/ Ava. Get ROI for teacher Ms Patel. Plan wkly, consider 2x/wk. Zoe today denied wanting to die.').facts;
    expect(facts.find((f) => /Get release/.test(f.text))?.kind).toBe('plan');
    expect(facts.find((f) => /consider twice per week/.test(f.text))?.kind).toBe('plan');
    expect(facts.find((f) => /Zoe today denied/.test(f.text))?.subject).toBe('other');
  });

  it('addiction shorthand is spelled out', () => {
    expect(expandShorthand('on mtd 80mg, resp depression, 2 grps/wk, smokes 1ppd, hep C, in MOUD, percs, texting bff')).toBe('on methadone 80mg, respiratory depression, 2 groups/week, smokes 1 pack per day, hepatitis C, in medication for opioid use disorder (MOUD), Percocet, texting best friend');
  });
});
