import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 203 (an adult outpatient eating disorders program; a refugee and asylum-seeker clinic), read on c04d897, and
// review 202's open findings. Tested on summaries written here, not the reviewers'.

describe('review 203: risk', () => {
  it('"appears to be replacing SH as affect reg" is the clinician\'s formulation, never current self-harm', () => {
    const risk = readSummary('Urges to cut Sun after she could not swim. Did NOT act on them. Last SH 1 yr ago. Denies SI.\nA: over-exercise appears to be replacing SH as affect reg.').risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(risk.selfHarmUrges).toBe(true);
  });

  it('"took a cold shower rather than cutting when the urge hit" is an urge met without the act', () => {
    expect(section('took a cold shower rather than cutting when the urge hit. denies SI.', 'risk')).toMatch(/urges to self-harm without acting on them/);
  });

  it('"sometimes wishes he were not alive, no thoughts of killing himself" is passive ideation, never a denial', () => {
    expect(readSummary('Client says some nights he wishes he was not alive, no thoughts of killing himself, no plan.').risk.si).toBe('passive');
    expect(readSummary('Denies wishing she was dead.').risk.si).toBe('denied');
  });

  it('dictated "she said sometimes I wish God would take me while I sleep" stays her words, never the therapist\'s', () => {
    const text = note('um she is sleeping maybe three hours um she said sometimes I wish God would take me in my sleep so I asked about suicide and she said her religion forbids it so passive thoughts no plan no intent', 'dap');
    expect(text).toMatch(/"sometimes I wish God would take me in my sleep"/);
    expect(text).not.toMatch(/take the therapist/);
  });

  it('a quote after "Sam says Sun she told him" stays the client\'s, told by Sam; "Lee also said ..." is Lee\'s', () => {
    const risk = readSummary('Collateral call w/ client\'s husband Raj (ROI on file). Client (Mira) not on the call. Raj says Fri she told him "you would all be better off without me." There is a bottle of her old oxycodone in the cabinet.').risk;
    expect(risk.si).toBe('passive');
    expect(risk.clientAbsent).toBe(true);
  });
});

describe('review 203: words and sessions', () => {
  it('"used ice + TIPP from DBT" names the skill without its four parts; "Taught TIPP" spells them out', () => {
    expect(note('Urges Sat. Did not act - used ice + TIPP from DBT.', 'dap')).not.toMatch(/intense exercise/);
    expect(note('Taught TIPP for late-night urges.', 'dap')).toMatch(/intense exercise/);
  });

  it('"med risk", "affect reg", "team rec of no running", "Med: dizziness ...", "inpt psych stay" read as meant', () => {
    const text = note('Med: dizziness on standing, 1 syncopal episode in March. Restriction + purging = med risk. Running despite team rec of no running. Binge eating appears to work as affect reg. One inpt psych stay 2020.', 'dap');
    expect(text).toMatch(/Medical: dizziness/);
    expect(text).toMatch(/medical risk/);
    expect(text).toMatch(/team recommendation of no running/);
    expect(text).toMatch(/affect regulation/);
    expect(text).toMatch(/psychiatric stay/);
    expect(text).not.toMatch(/medication risk|affect regular/);
  });

  it('"referred by PCP for ? BN" is a possible diagnosis, never "for ?." and a diagnosis made', () => {
    const text = note('Intake. Referred by PCP (Dr. Ruiz) for ? BN. Prior attempt? denies.');
    expect(text).toMatch(/for possible bulimia nervosa/);
    expect(text).not.toMatch(/for \?\./);
  });

  it('vitals jotted under a label are what was measured, never the client\'s report', () => {
    expect(note('Intake.\nMed: lightheaded on standing. Ht 5\'4", wt 118 lb, BMI 20.3. HR 52, BP 94/58 orthostatic positive per nurse. Last labs 1 yr ago.')).not.toMatch(/Client reported Height/);
  });

  it('"because quote I\'m not hungry at night anyway she\'s ..." closes her words before the clinician goes on', () => {
    expect(note('um so she has been skipping the PM snack because quote I\'m not hungry at night anyway she\'s seeing the RD Friday', 'soap')).toMatch(/because "I'm not hungry at night anyway"/);
  });

  it('"Session in French, no interpreter (I am fluent)" is no client report; "via Somali phone interp" is the interpreter', () => {
    expect(note('Crisis walk-in, Jean M., 40. Session in French, no interpreter (I am fluent). Says he cannot sleep.', 'pirp')).not.toMatch(/Client reported session in French/);
    expect(section('Check-in w/ Hodan Ali via Somali phone interp. She is sleeping better.', 'session')).toMatch(/with a Somali interpreter/);
  });

  it('"today march 5th about 50 minutes" is the session\'s length; "about 45 min late" is not', () => {
    expect(readSummary('um this is a phone session with Selam today march 5th about 50 minutes with the Tigrinya interpreter um she is sleeping maybe four hours').session.minutes).toBe(50);
    expect(readSummary('Individual session, about 45 min late.').session.minutes).toBeUndefined();
  });

  it('"Court accompaniment ...", "Total time 3.5 hrs incl waiting", "Temporary PO granted 3/4" and "Extreme danger range" are no client report', () => {
    const text = note('Court accompaniment for PO hearing. Total time 3.5 hrs incl waiting. Temporary PO granted 3/4. Danger Assessment score 18. Extreme danger range.');
    expect(text).not.toMatch(/Client reported (?:court|Total|Temporary|Extreme)/i);
    expect(readSummary('Court accompaniment for PO hearing. Total time 3.5 hrs incl waiting.').session.minutes).toBe(210);
  });

  it('dictated "PHQ-A was a fourteen" and "nine eight eight" are numbers', () => {
    const text = note('um she came in because PHQ-A was a fourteen and I gave her nine eight eight', 'dap');
    expect(text).toMatch(/PHQ-A was a 14/);
    expect(text).toMatch(/988/);
  });
});
