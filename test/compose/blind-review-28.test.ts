import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 28 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const text = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');

describe('risk read as written', () => {
  it('"Prior attempt: none" is no attempt history', () => {
    expect(readSummary('Passive SI. Prior attempt: none.').risk.attemptHistory).toBe(false);
    expect(readSummary('Passive SI. Prior attempts - denied.').risk.attemptHistory).toBe(false);
  });

  it('a labelled plan to take a named medication is the suicide plan', () => {
    const r = readSummary('Active SI.\nPlan: take her mother\'s lorazepam tonight.');
    expect(r.facts.find((f) => /lorazepam/.test(f.text))!.kind).toBe('risk');
  });

  it("a friend's words and cutting, told a little further back in the sentence, are the friend's", () => {
    const r = readSummary('She said her friend Maya has been messaging her late at night saying she wants to die and has been cutting again. She denies SI and SH.');
    expect(r.risk.selfHarm).toBe('denied');
    expect(r.risk.si).toBe('denied');
  });

  it('"continue monitoring HI" in the plan is not homicidal ideation endorsed', () => {
    const r = readSummary('Said about his brother "I could wring his neck." States it was just venting, no intent or plan.\nPlan: f/u next wk, continue monitoring anger and HI.');
    expect(r.risk.hi).not.toBe('present');
    expect(r.risk.threat).toBe(true);
  });

  it('a capitalised name inside unmarked speech does not stop its first person being quoted', () => {
    const out = text('Teen said if Sam reads my journal again I will hit him. Mom said Sam is 9.');
    expect(out).toContain('"if Sam reads my journal again I will hit him"');
    expect(out).not.toMatch(/the therapist will hit/);
  });
});

// Blind review 29.
describe('review 29: words near risk that are not risk, and whose status a shared line gives', () => {
  it('"cutting caffeine" is not self-harm', () => {
    expect(readSummary('Sleep better since cutting caffeine. Denies SI/HI.').risk.selfHarm).toBe('not_assessed');
  });

  it('guns given to someone else are no longer the client\'s', () => {
    expect(readSummary('Passive SI. He gave his guns to his brother in March.').risk.means).toBe(false);
  });

  it('a family session\'s status line says the statements above name who', () => {
    const out = composeNote({ summary: 'Family session w/ mom and son Leo 14. Mom said some days she wants to die, no plan. Leo denied SI.', format: 'dap' }).sections.find((s) => s.key === 'risk')!.text;
    expect(out).toMatch(/Risk status as documented \(for whom, see the statements above\)/);
  });

  it('"IP hosp" is an inpatient hospitalization', () => {
    expect(text('Hx: 1 IP hosp 2019 after OD.')).toMatch(/inpatient hosp/);
  });
});
