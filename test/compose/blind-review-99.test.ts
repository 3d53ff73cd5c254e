import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { splitClauses } from '../../src/compose/read/split-clauses.ts';
import { note, section } from './note-text.ts';

// Blind review 99 (issue 6): a telehealth-only group practice, and a perinatal and early-parenting
// practice. Each mechanism the reviewers' notes showed missing, tested on summaries written for this file.

describe('review 99: risk', () => {
  it('"has a bottle of oxycodone ... planning to take all of it tonight" is active ideation with a plan', () => {
    const risk = readSummary('crisis call um he said he has his leftover hydrocodone and was planning to take all of it tonight after work he said the intent was a seven').risk;
    expect(risk.si).toBe('active');
  });

  it('"better off if she wasn\'t around" is a passive wish', () => {
    expect(readSummary('she said everyone would be better off if she wasn\'t around, no plan, no intent.').risk.si).toBe('passive');
    expect(readSummary('Mom said the kids are better off without him since he moved out.').risk.othersRisk).not.toBe(true);
  });

  it('a denial told "per her" after her husband\'s act is hers, never his', () => {
    expect(note('Intake, 24 wks pregnant. Husband has pushed her twice. He has also taken her car keys. No weapons in the home per her.', 'simple')).not.toMatch(/He reported no weapons/);
  });

  it('in a family session a name met partway along a line never takes over the line\'s denial', () => {
    const summary = 'Family sess - Ingrid (IP), husband Erik, his mother.\n- Ingrid said of her ex "I swear I\'ll kill him" - explored, an expression, no intent, no plan. Erik confirmed. Denies HI.';
    expect(section(summary, 'risk', 'birp')).not.toMatch(/Erik denie/i);
  });

  it('the clinician\'s "Not a CPS matter" is the clinician\'s judgment, never a client report', () => {
    expect(note('Session w/ Hana. intrusive images of dropping the baby, ego-dystonic. Not a CPS matter, discussed w/ her.', 'birp')).not.toMatch(/Client reported not a child protective/);
  });
});

describe('review 99: labels and sentences', () => {
  it('"S- ... I- ... P- ..." letters with a dash label their lines', () => {
    const out = note('Telehealth w/ Ava, 16.\nS- mom worried about grades.\nI- validated, explained limits of confidentiality.\nR- tearful then calmer.\nP- f/u 2 days.', 'sirp');
    expect(out).not.toMatch(/Client reported [SIRP]-/);
    expect(section('Telehealth w/ Ava, 16.\nS- mom worried about grades.\nR- tearful then calmer.', 'response', 'sirp')).toMatch(/tearful then calmer/);
  });

  it('"until next session" stays inside its sentence', () => {
    expect(splitClauses('agreed to have brother hold the handgun until next session - will text photo confirmation tonight').map((c) => c.text)[0]).toMatch(/until next session/);
  });

  it('"does own a handgun" is what the client has now, never "did own"', () => {
    expect(note('Pt angry at ex. does own a handgun, kept in locked safe.', 'soap')).not.toMatch(/[Dd]id own a handgun/);
  });
});
