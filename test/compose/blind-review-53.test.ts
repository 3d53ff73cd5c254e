import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';

// Blind review 53 onward (issue 6): each mechanism the reviewers' notes showed missing, tested
// on summaries written for this file, never on the reviewers' own.
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('labelled results and ratings go where a clinician files them', () => {
  const summary = 'IOP indiv 50 min\nS: pt says urges 7/10, drank Fri (3 beers)\nUDS: + cocaine, neg for opiates\nPDMP checked, no concerns\nDx: F14.20, F41.1\nA: contemplation, engaged\nP: cont IOP, f/u Mon';

  it('the client\'s own rating under "S:" is what they reported, in the Subjective', () => {
    expect(section(summary, 'subjective')).toMatch(/^Client (?:reported|said) urges 7\/10/);
    expect(section(summary, 'objective')).not.toMatch(/urges/);
  });

  it('a drug screen and a PDMP check are objective data, never the client\'s report, with their labels kept', () => {
    const objective = section(summary, 'objective');
    expect(objective).toMatch(/Urine drug screen: positive for cocaine, negative for opiates/);
    expect(objective).toMatch(/PDMP checked, no concerns/);
    expect(section(summary, 'subjective')).not.toMatch(/PDMP|drug screen/);
  });

  it('a "Dx:" line is the diagnosis in the assessment, under its label, not an impression', () => {
    const assessment = section(summary, 'assessment');
    expect(assessment).toMatch(/Diagnosis: F14\.20, F41\.1\./);
    expect(assessment).not.toMatch(/impression: F14/);
    expect(section(summary, 'subjective')).not.toMatch(/F14/);
  });

  it('a named scale\'s score stays a measure, even under "S:"', () => {
    expect(section('indiv 50 min\nS: pt reports PHQ-9 16, sleep worse\nO: flat affect\nA: worsening\nP: f/u 1 wk', 'objective')).toMatch(/PHQ-9\)? (?:was|score of) 16/);
  });
});

describe('a couples or group denial that covers everyone reads as one sentence', () => {
  it('"No SI/HI either partner" is "Neither partner endorsed ...", with no status line repeating it', () => {
    const risk = section('couples sess 50 min\nWorked on repair after fights. No SI/HI either partner.', 'risk', 'dap');
    expect(risk).toMatch(/^Neither partner endorsed suicidal ideation or homicidal ideation\./);
    expect(risk).not.toMatch(/Risk status as documented/);
    expect(risk).toMatch(/\[Not documented: self-harm/);
  });

  it('one partner\'s denial still leaves the status line, which names no one', () => {
    const risk = section('couples sess 50 min\nWorked on repair after fights. Jon denied SI. Maya denied SI/HI.', 'risk', 'dap');
    expect(risk).toMatch(/Risk status as documented \(for whom, see the statements above\)/);
  });
});
