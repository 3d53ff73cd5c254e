import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 251 (a bipolar disorder specialty clinic; a hospital transplant psychology service), read on feee34d.
// Tested on summaries written here, not the reviewers'.

describe('review 251: whose ideation', () => {
  it('"stress related to her sister\'s possible SI" is the sister\'s, never the client\'s', () => {
    const r = readSummary("Pt denies SI/HI. A: stress related to sister's possible SI; sister not our pt.").risk;
    expect(r.si).toBe('denied');
    expect(r.othersRisk).toBe(true);
    expect(readSummary("Worried about her dad's suspected suicidal ideation.").risk.si).not.toMatch(/passive|active/);
    expect(readSummary("Client's passive SI continues, no plan.").risk.si).toBe('passive');
  });
});

describe('review 251: the one the clinician called answers', () => {
  it('"consent for me to call Dion - called him in session, he agreed" is Dion agreeing, not the client', () => {
    const text = note('Pt (male) agreed to let brother Dion hold his meds; pt gave consent for me to call Dion - called him in session, he agreed. Denies SI.');
    expect(text).toMatch(/called Dion in session/);
    expect(text).toMatch(/Dion agreed/);
    expect(text).not.toMatch(/Client agreed\./);
  });
});

describe('review 251: a hospital consult', () => {
  const summary = 'Bedside consult 5N, POD 3 s/p kidney txp. Primary team asking re anxiety. Pt drowsy, oriented x3. Recs: consider psych CL for meds. Denies SI.';

  it('"Bedside consult 5N" heads the note; what the team asks is the team\'s, never the client\'s report', () => {
    expect(section(summary, 'session', 'pirp')).toMatch(/^Bedside consult 5N/);
    expect(note(summary, 'pirp')).toMatch(/Primary team asking regarding anxiety/);
    expect(note(summary, 'pirp')).not.toMatch(/reported (?:bedside|primary team)/i);
  });

  it('"psych CL" is psychiatry\'s consultation-liaison service, never a client', () => {
    expect(note(summary, 'pirp')).toMatch(/consultation-liaison/);
    expect(note(summary, 'pirp')).not.toMatch(/psych client/);
  });
});

describe('review 251: a start time, a stance', () => {

  it('"walk-in 1:20pm" keeps the hour it began, and asks only for the stop time', () => {
    const text = section('Crisis - walk-in 1:20pm. Crying, says she wants to die. Denies HI.', 'session');
    expect(text).toMatch(/started 1:20 pm/);
    expect(text).toMatch(/the stop time/);
  });

  it('"Client skeptical: \'...\'" is how the client was, never "Client reported skeptical"', () => {
    const text = note('Client skeptical: "I have tried this before." Used MI. Denies SI.');
    expect(text).toMatch(/Client was skeptical:/);
    expect(text).not.toMatch(/reported skeptical/);
  });
});

describe('review 251: a doctor aware, someone else present, a leading "however"', () => {
  it('"dr aware" is the doctor who knows, never a Dr. Aware', () => {
    const text = note('Li level 1.2, tremor worse, dr aware, dose unchanged for now. Denies SI.');
    expect(text).toMatch(/the doctor is aware/);
    expect(text).not.toMatch(/Dr\. Aware/);
  });

  it('"Independent donor advocate present for part of session" was there, never the client\'s report', () => {
    const text = note('Donor eval. Independent donor advocate present for part of session. Denies SI.', 'pie');
    expect(text).toMatch(/Independent donor advocate was present for part of session/);
    expect(text).not.toMatch(/reported Independent/);
  });

  it('"However she disclosed ..." opens on its connective, never "Client reported However"', () => {
    const text = note('Teach-back accurate. However she disclosed her father is pressuring her to donate. Denies SI.');
    expect(text).toMatch(/However, client disclosed her father is pressuring her/);
    expect(text).not.toMatch(/reported However|Client \(However\)/);
  });
});

describe('review 251: a questionnaire\'s risk item', () => {
  it('"PHQ-9 9, item 9 = 0" is shown in Risk beside the prompt for a status, never "no risk assessment was documented"', () => {
    const summary = 'CBT-I f/u by video. ISI 18. PHQ-9 9, item 9 = 0. Set sleep window 12-6.';
    const risk = section(summary, 'risk', 'sirp');
    expect(risk).toMatch(/item 9: 0/);
    expect(risk).not.toMatch(/No risk assessment was documented/);
    expect(readSummary(summary).risk.si).toBe('not_assessed');
  });
});

describe('review 251: a caregiver seen about the client', () => {
  it('"Wife does not think he has a plan" denies a plan, never finds one or makes the ideation active', () => {
    const r = readSummary('Passive SI per pt. Wife does not think he has a plan.').risk;
    expect(r.si).toBe('passive');
    expect(r.plan).toBe(false);
  });

  it('"Dana herself denies SI" is her own status, never the client\'s', () => {
    const r = readSummary("Met w/ pt's wife (Dana) alone. Dana reports pt seems down. Dana herself denies SI.").risk;
    expect(r.si).not.toBe('denied');
    expect(readSummary('Pt herself denies SI.').risk.si).toBe('denied');
  });
});
