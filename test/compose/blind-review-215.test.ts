import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 215 (a general outpatient group practice with an anger-management group; integrated behavioral health in a
// family medicine clinic), read on a5a2c30. Tested on summaries written here, not the reviewers'.

describe('review 215: risk', () => {
  it('"SI on and off" beside "my kids would be better off without me" leaves the kind to the clinician, never "passive"', () => {
    const summary = 'Indiv 50 min. Reports SI "on and off" since the divorce, says sometimes thinks "my kids would be better off without me," no plan, no intent.';
    const r = readSummary(summary).risk;
    expect(r.si).toBe('active');
    expect(r.siKindUnstated).toBe(true);
    const risk = section(summary, 'risk');
    expect(risk).toMatch(/endorsed suicidal ideation \(passive or active not stated\)/);
    expect(risk).not.toMatch(/passive suicidal ideation/);
  });

  it('a burden felt with no "SI" said, or passive SI said in words, stays passive', () => {
    expect(readSummary('Said "everyone would be better off without me," no plan, no intent.').risk.si).toBe('passive');
    expect(readSummary('Passive SI, "my family would be better off without me," no plan.').risk.si).toBe('passive');
    expect(readSummary('Endorses SI, wishes she would not wake up, no plan.').risk.si).toBe('passive');
  });

  it('"the pills counted out" at the start of a dictated crisis call is the crisis, told in the risk section, never the session heading', () => {
    const summary = 'crisis call um he was in the garage with all his pills counted out his sister got there and is taking him to the ER';
    const text = note(summary);
    expect(section(summary, 'session')).not.toMatch(/pills/);
    expect(section(summary, 'risk')).toMatch(/pills counted out/);
    expect(text).toMatch(/Client was in the garage with all his pills counted out/);
  });

  it('pills lined up with no ideation said is never "endorsed suicidal ideation"', () => {
    const r = readSummary('Phone check. She was at home with all her pills lined up on the counter.').risk;
    expect(r.si).not.toBe('active');
    expect(r.si).not.toBe('passive');
    expect(readSummary('She has been thinking about taking all her pills.').risk.si).toBe('active');
  });

  it('"no prep beh" is no preparatory behavior', () => {
    const text = note('Passive SI this week, no plan, no prep beh.');
    expect(text).toMatch(/no preparatory behavior/);
    expect(text).not.toMatch(/behavioral/);
  });
});

describe('review 215: who did it', () => {
  it('"we called ahead" to the ER in a crisis is the clinician\'s call, never the client\'s, and starts its own sentence', () => {
    const text = note('crisis call she took a few extra pills her mom is driving her to the ER we called ahead and the on call doc talked to triage');
    expect(text).not.toMatch(/therapist and client called/i);
    expect(text).toMatch(/emergency room\.\s/);
    expect(text).toMatch(/Therapist called ahead/);
    // Practised together in session, "we" is still both.
    expect(note('We practiced box breathing together.')).toMatch(/Therapist and client practiced box breathing/);
  });

  it('"Hands mildly tremulous" is seen in the room, never the client\'s report', () => {
    const summary = 'F/u 45 min. Sleep poor. Hands mildly tremulous. R knee bouncing throughout.';
    expect(section(summary, 'objective')).toMatch(/Client's hands were mildly tremulous\./);
    expect(section(summary, 'objective')).toMatch(/Client's right knee was bouncing throughout\./);
    expect(section(summary, 'subjective')).not.toMatch(/tremulous/);
  });

  it('"BPD traits" jotted alone is the clinician\'s impression in the Assessment, never something the client reported', () => {
    const summary = 'F/u 50 min. Pt upset after breakup, texted ex 30x. Borderline traits. Worked on opposite action.';
    expect(note(summary)).not.toMatch(/Client reported borderline/);
    expect(section(summary, 'assessment')).toMatch(/impression: Borderline traits\./);
    expect(section('F/u. BPD features, r/o PTSD. Practiced DEAR MAN.', 'assessment')).toMatch(/borderline personality disorder features; rule out post-traumatic stress disorder/);
  });

  it('after "Impression:", a sentence with its own label or the work done is no longer the impression', () => {
    const summary = 'Indiv 45 min. Impression: MDD, recurrent, moderate. DBT skills: TIPP practiced.';
    expect(section(summary, 'assessment')).not.toMatch(/TIPP/);
    expect(section(summary, 'objective')).toMatch(/TIPP/);
    expect(section('Indiv 45 min. Impression: GAD. Taught paced breathing.', 'assessment')).not.toMatch(/breathing/);
  });
});

describe('review 215: shorthand', () => {
  it('"+ preg test" is a positive pregnancy test, never "and preg test"', () => {
    const text = note('Pt quit smoking at + preg test last month.');
    expect(text).toMatch(/positive pregnancy test/);
    expect(text).not.toMatch(/\band preg/);
    expect(note('UDS + pregnancy test collected today.')).toMatch(/urine drug screen and pregnancy test/i);
  });

  it('"WHO from Dr. Lee" in primary care is a warm handoff; the WHO-5 keeps its name', () => {
    const text = note('Integrated BH, WHO from Dr. Lee for panic sx. Taught paced breathing.');
    expect(text).toMatch(/warm handoff from Dr\. Lee/);
    expect(text).not.toMatch(/World Health Organization/);
    expect(note('WHO-5 was 40 today.')).toMatch(/WHO-5/);
  });
});
