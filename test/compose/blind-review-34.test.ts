import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 34 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('review 34: risk', () => {
  it('pills saved up and "planned to take them tonight" is active ideation with a plan and means', () => {
    const r = readSummary('walk-in crisis. states she has been saving her xanax, has about 30 pills, planned to take them tonight. admits intent.');
    expect(r.risk).toMatchObject({ si: 'active', plan: true, means: true, intent: true });
  });

  it('ideation "with method" reports no plan', () => {
    expect(readSummary('C-SSRS: screened positive for ideation w/ method, no current intent stated.').risk.plan).not.toBe(true);
  });

  it('a threat to smash someone\'s windshield with a bat is a threat, and the answer to the intent question is restated', () => {
    const summary = 'He said "if he does it again I\'m going to smash his windshield with a bat." I asked directly about intent to harm the neighbor and he said no, he would not hurt the guy.';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(section(summary, 'risk')).toMatch(/he would not hurt the guy/);
  });

  it('"I\'ll kill him", then "she didn\'t mean it, would never hurt him", is a threat to weigh, not homicidal ideation', () => {
    const r = readSummary('Said "if he gets the kids I swear I\'ll kill him" re ex-husband, then said she didn\'t mean it, would never hurt him.');
    expect(r.risk.hi).not.toBe('present');
    expect(r.risk.threat).toBe(true);
  });
});

describe('review 34: dictation and plan jots', () => {
  it('"9 days sober as of today no 5 days sorry 5 days" keeps the corrected count', () => {
    const out = composeNote({ summary: 'um so he is 9 days sober as of today no 5 days sorry 5 days and he went to two meetings this week um we talked about cravings', format: 'soap' }).sections.map((s) => s.text).join('\n');
    expect(out).toMatch(/5 days sober/);
    expect(out).not.toMatch(/9 days|sorry/);
  });

  it('"see 1 wk" is the plan, never a report', () => {
    expect(section('Pt doing better. Used skills. see 1 wk', 'plan')).toMatch(/See 1 week/);
  });
});
