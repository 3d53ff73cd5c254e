import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 206 (a child and adolescent outpatient clinic; a telehealth-only adult practice), read on 64a4a63, and review
// 205's open findings. Tested on summaries written here, not the reviewers'.

describe('review 206: risk', () => {
  it('"denied any thoughts like that, nothing about hurting himself" denies self-harm, never documents it', () => {
    const risk = readSummary('um today he denied any thoughts like that nothing about hurting himself').risk;
    expect(risk.selfHarm).not.toBe('present');
  });

  it('"Assessed high risk at start, moderate at end" keeps both levels', () => {
    expect(section('Active SI w/ plan. P: Assessed high risk at start, moderate at end. Safety plan done.', 'risk', 'pirp')).toMatch(/high at the start of the session, moderate by the end/);
  });

  it('a subjectless "Said ..." after "Husband \'checked out.\'" is the client\'s own words, her passive wish hers', () => {
    const summary = 'Video visit w/ Dana, caregiver for her dad. Exhausted. Husband "checked out." Said "some nights I think it would be easier if I just didn\'t wake up." Denies plan.';
    expect(readSummary(summary).risk.si).toBe('passive');
    expect(note(summary, 'pirp')).not.toMatch(/Husband said "some nights/);
  });
});

describe('review 206: words and sessions', () => {
  it('"Parent-only mtg w/ dad" is a family session without the client, and the denial no client\'s', () => {
    const doc = composeNote({ summary: 'Parent-only mtg w/ mom (Tess) re: Leo (7), 50 min. Meltdowns at bedtime. Reviewed planned ignoring. Denies any safety concerns at home.', format: 'simple' });
    expect(doc.cpt?.code).toBe('90846');
    expect(doc.sections.map((s) => s.text).join('\n')).not.toMatch(/Client denied any safety concerns/);
  });

  it('"EC = roommate Jess" is the emergency contact; "Alex messaged via portal" is Alex writing, never being messaged', () => {
    const text = note('Video. Client in her apt in Portland OR, verified address, EC = roommate Jess (503-555-0192). Alex messaged via portal at 11:15 "I can\'t do this anymore."', 'pirp');
    expect(text).toMatch(/emergency contact: roommate Jess/);
    expect(text).not.toMatch(/eye contact/);
    expect(text).not.toMatch(/Alex was messaged/);
  });

  it('"Total time 2 hrs 15 min" is 135 minutes', () => {
    expect(readSummary('Death visit, pt Chuck B. (82), family at bedside. Total time 2 hrs 15 min.').session.minutes).toBe(135);
  });
});
