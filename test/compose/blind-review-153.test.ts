import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 153 (a Deaf and hard-of-hearing clinic; health psychology for dialysis and transplant), read on bfacacc.
// Tested on summaries written here, not the reviewers'.

describe('review 153', () => {
  it('"I don\'t want to kill myself, I want to stop treatment" denies suicidal ideation; so does "would never do anything to end her life"', () => {
    expect(readSummary('Pt wants to stop chemo. She said "I don\'t want to kill myself, I just want to stop treatment."').risk.si).toBe('denied');
    expect(readSummary('She said she would never do anything to end her life, it is against her faith.').risk.si).toBe('denied');
    expect(readSummary('She said she wants to kill herself.').risk.si).toBe('active');
  });

  it('"explained the difference between stopping dialysis and suicide" is the clinician\'s teaching, no one\'s ideation', () => {
    expect(readSummary('Denies SI. Explained the difference between stopping dialysis and suicide to his son.').risk.si).toBe('denied');
  });

  it('wouldn\'t mind "not waking up", quoted, is a passive wish, never a denial; "ready to go be with" the one who died is too', () => {
    expect(readSummary('Pt says he wouldn\'t mind "not waking up some morning." Denies plan, intent.').risk.si).toBe('passive');
    expect(readSummary('She said "I\'m ready to go be with Harold now."').risk.si).toBe('passive');
  });

  it('a plan for him to go to the Wednesday lunch is the treatment\'s plan, never a suicide plan', () => {
    const r = readSummary('He wouldn\'t mind if he died in his sleep. We made a plan for him to go to the church supper Friday.');
    expect(r.risk.si).toBe('passive');
    expect(r.risk.plan).not.toBe(true);
  });

  it('the one said to be "my client" is the client: another named patient\'s attempt and risk level stay theirs', () => {
    const r = readSummary('Phone session w/ Dana, husband of pt Luis (heart txp candidate). Dana is my client for caregiver support.\nDana reports Luis has hx of an overdose in 2010. Luis at high risk per report. Dana denies SI/HI.');
    expect(r.risk.si).toBe('denied');
    expect(r.risk.attemptHistory).not.toBe(true);
    expect(r.risk.level).toBeUndefined();
  });

  it('a relative telling of the client\'s scratching is the client\'s self-harm; the child\'s own "I want to hurt myself" is an urge', () => {
    const r = readSummary('Maya, 8, seen with mom Tina.\nTina told me that Maya has been scratching her arms until they bleed. Maya said "I want to hurt myself" when her brother teases her.');
    expect(r.risk.selfHarm).toBe('present');
    expect(r.risk.selfHarmUrges).toBe(true);
  });

  it('"dad logs meltdowns", set as homework, stays homework', () => {
    expect(section('Jo, 7, seen w/ dad. Homework: sticker chart daily, dad logs scratching episodes.', 'plan')).toMatch(/logs scratching episodes/);
    expect(note('Jo, 7, seen w/ dad. Homework: sticker chart daily, dad logs scratching episodes.')).not.toMatch(/logged/);
  });

  it('in a Deaf client\'s summary "VP" is the videophone; in a school\'s, the vice principal', () => {
    expect(note('Pt Deaf, ASL, no interpreter needed. Will check in by VP Friday.')).toMatch(/videophone/);
    expect(note('Student sent by VP after a fight in 4th period.')).toMatch(/vice principal/);
  });

  it('"wears bilateral HAs" are hearing aids; "HAs 3x/wk" are headaches', () => {
    expect(note('Pt wears bilateral HAs, misses speech in groups.')).toMatch(/hearing aids/);
    expect(note('Pt reports HAs 3x/wk.')).toMatch(/headaches/);
  });

  it('"after tx" and "missed 2 tx" on a dialysis unit are treatments, never a transplant', () => {
    const out = note('Seen chairside on the dialysis unit after tx. Missed 2 tx last mo d/t transport.');
    expect(out).not.toMatch(/transplant/);
    expect(note('s/p renal tx 8 mo, on tacrolimus.')).toMatch(/transplant/);
  });

  it('"Collateral sister Ana: will remove meds; confirms pt isolating" is the sister\'s, and never "Client reported collateral"', () => {
    const out = note('Pt endorses SI with plan to OD.\nCollateral sister Ana (lives nearby): will remove meds from the house today; confirms pt has been isolating 1 wk.');
    expect(out).toMatch(/Collateral information from sister Ana \(lives nearby\)/);
    expect(out).toMatch(/Ana will remove medications/);
    expect(out).toMatch(/Ana confirm(?:s|ed) client has been isolating/);
    expect(out).not.toMatch(/Client reported Collateral/);
  });

  it('"Continue sleep hygiene; next telehealth 11/13" is the plan; "Sit:" labels the situation', () => {
    const summary = 'Video w/ Brenda, sleep log 6 of 7 nights in bed by 11.\nContinue sleep hygiene + worry time; next telehealth 11/13 10am.';
    expect(section(summary, 'plan')).toMatch(/Continue sleep hygiene[\s\S]*[Nn]ext telehealth 11\/13/);
    expect(section('Sit: lost job Friday. Int: problem solving. Resp: made a list. Plan: f/u 1 wk.', 'situation', 'sirp')).toMatch(/lost job Friday/);
    expect(section('Sit: lost job Friday. Int: problem solving. Resp: made a list. Plan: f/u 1 wk.', 'situation', 'sirp')).not.toMatch(/Sit\b/);
  });

  it('"final HD Fri 6/7" is a date, never "6 of 7"; "nightmares 5/7 nights" is a count', () => {
    const out = note('Final HD Fri 6/7, hospice after. Nightmares 5/7 nights.');
    expect(out).toMatch(/Friday 6\/7/);
    expect(out).toMatch(/5 of 7 nights/);
  });

  it('one person joining "(by phone)" does not make an in-person meeting a phone session, nor "visit pt at home" its place', () => {
    const out = composeNote({ summary: 'Family mtg, conf rm, 45 min. Present: pt, daughter Ellen, son Mike (by phone).\nI\'ll visit pt at home next wk.', format: 'soap' });
    const session = out.sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).not.toMatch(/telehealth|telephone|located at home/);
  });

  it('a relapse told before "his wife took his keys" is not the safety step: only the keys taken are', () => {
    expect(readSummary('Relapsed Friday, drank a fifth, his wife took his keys. Denied SI.').risk.safetyPlan).toEqual(['his wife took his keys']);
  });

  it('in a group, "she agreed to ..." after a member named as the doer is that member, by name', () => {
    const r = readSummary('Moms group, 6 members. Practiced STOP skill. Carla disclosed she hit her own leg until it bruised, denies SI. Spoke with her after group, she agreed to an individual appt this wk.');
    expect(r.facts.some((f) => /^Carla agreed to an individual/.test(f.text))).toBe(true);
    const mixed = readSummary('Men\'s group, 6 members. Tom shared his anger at his boss. She cried when talking about her son.');
    expect(mixed.facts.some((f) => /^Tom cried/.test(f.text))).toBe(false);
  });

  it('an arrow to a step still to weigh ("sertraline 50 -> consider incr") is that step, never "leading to consider"', () => {
    expect(note('Will msg Dr. Ode re sertraline 50 -> consider incr.')).not.toMatch(/leading to consider/);
  });
});
