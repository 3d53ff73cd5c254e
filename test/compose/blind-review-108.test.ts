import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 108 (issue 6): school-based mental health in K-12 schools, and a perinatal mental
// health practice. Each mechanism the reviewers' notes showed missing, tested on summaries written
// for this file.

describe('review 108: schools', () => {
  it('"Reported bullying to AP Reyes for HIB investigation" is the clinician\'s report; transportation is another party', () => {
    const out = note('Stu Marcus 7th gr seen after bus incident. Reported bullying to AP Reyes for HIB investigation. Transportation moving him to front seat of bus starting tomorrow. Denies SI.', 'birp');
    expect(out).toMatch(/Therapist reported bullying to AP Reyes/);
    expect(out).not.toMatch(/Client reported (?:bullying|transportation)/i);
  });

  it('"SPED (ED)" is the emotional disturbance category; "went to the ED" is the emergency department', () => {
    expect(note('Jordan P, 9th gr, SPED (ED), IEP couns 30 min. Denies SI.', 'dap')).toMatch(/SPED \(emotional disturbance\)/);
    expect(note('Jordan P, 9th gr, SPED (ED), IEP couns 30 min. Denies SI.', 'dap')).toMatch(/counseling/);
    expect(note('Went to the ED last night after an argument. Denies SI today.', 'dap')).toMatch(/emergency department/);
  });

  it('an injury seen ("O: Linear bruise approx 3 in on back of L upper arm") is what the clinician observed', () => {
    const out = note('S: Liam, 5th grade, 504 check-in. Said stepdad hit him with a belt.\nO: Linear bruise approx 3 in on back of L upper arm when he pulled up sleeve.\nP: CPS hotline called.', 'soap');
    expect(out).toMatch(/Therapist observed linear bruise approximately 3 in on back of left upper arm/);
    expect(out).not.toMatch(/presented as linear bruise/);
  });
});

describe('review 108: perinatal', () => {
  it('"BF exclusively", "while BF", "preg/BF" are breastfeeding; a teen\'s "bf" is her boyfriend', () => {
    expect(note('7wk PP. EPDS 19. BF exclusively, worried about zoloft + milk supply.', 'soap')).toMatch(/[Bb]reastfeeding exclusively/);
    expect(note('Asking whether she can restart sertraline in pregnancy and while BF. Psychoed on sertraline in preg/BF.', 'soap')).toMatch(/while breastfeeding[\s\S]*pregnancy and breastfeeding/);
    expect(note('16yo, fight with bf last night, crying. Denies SI.', 'soap')).toMatch(/boyfriend/);
  });

  it('"thinking about just not waking up, and sometimes about driving into the river" is active ideation', () => {
    expect(readSummary('Pt disclosed SI - "I keep thinking about just not waking up, and sometimes about driving into the river on the bridge" - no plan, no intent.').risk.si).toBe('active');
  });

  it('"twice he\'s driven to get more after drinking" is what he did, never "he was driven"', () => {
    const out = note('Couples session. Marcus drinking most nights, and twice he\'s driven to get more after drinking. Dana upset.', 'birp');
    expect(out).toMatch(/has driven to get more after drinking/);
    expect(out).not.toMatch(/(?:is|was) driven to get more/);
  });

  it('"29+3 wks" is weeks and days; "RE clinic" is reproductive endocrinology', () => {
    const out = note('NICU mom, baby born 29+3 wks. Rev w/ RE clinic next wk, f/u 2 wks.', 'simple');
    expect(out).toMatch(/29 weeks 3 days/);
    expect(out).toMatch(/reproductive endocrinology clinic/);
  });
});
