import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 46 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('review 46: whose risk, and what was denied', () => {
  it('"denies ever wanting to hurt herself" denies the wish: no urges, self-harm denied', () => {
    for (const summary of ['Teen says the marks are from a rose bush, denies SI, denies ever wanting to hurt herself.', 'Boy (8) denied wanting to hurt himself, said "I just get mad".']) {
      const r = readSummary(summary).risk;
      expect(r.selfHarmUrges, summary).toBeUndefined();
      expect(r.selfHarm, summary).toBe('denied');
      expect(note(summary), summary).not.toMatch(/urges to self-harm/);
    }
  });

  it('a wish to self-harm with no denial before it is still an urge', () => {
    expect(readSummary('She said she wanted to cut last night but didn\'t.').risk.selfHarmUrges).toBe(true);
  });

  it('cuts a sibling showed the client are the sibling\'s, not the client\'s self-harm', () => {
    const summary = 'Seen w/ dad. Kai (10) says his sister (15) texted "I want to die" Sunday and showed Kai cuts on her arm. Kai: no SI/SH.';
    const r = readSummary(summary).risk;
    expect(r.selfHarm).toBe('denied');
    expect(note(summary)).not.toMatch(/the client reported current self-harm/);
  });

  it('someone who "shows up" is not showing the client anything: a threat about them stays the client\'s', () => {
    const summary = 'Dev said "if my cousin shows up at my mom\'s again I\'ll wreck him", then denied any intent to hurt him.';
    expect(readSummary(summary).risk.threat).toBe(true);
  });

  it('"no thoughts of self-harm since we started" is a denial, never a history of self-harm', () => {
    const summary = 'Denies SI/HI, denies any thoughts of self-harm since we started in May.';
    expect(readSummary(summary).risk.selfHarm).toBe('denied');
    expect(note(summary)).not.toMatch(/history of self-harm/);
  });

  it('"no cutting since the spring" still says there was cutting before', () => {
    expect(readSummary('No cutting since the spring relapse.').risk.selfHarm).toBe('history');
  });

  it('"HI screen neg for intent" reads neither as endorsed ideation nor as a plain denial; "HI screen neg" is a denial', () => {
    const withIntent = readSummary('Pt said "he\'ll regret it" re neighbor - clarified, denies intent; HI screen neg for intent.').risk;
    expect(withIntent.hi).not.toBe('present');
    expect(withIntent.intent).toBe(false);
    expect(readSummary('HI screen neg. SI screen neg.').risk.hi).toBe('denied');
  });

  it('urges to burn herself are self-harm urges, named in the risk section', () => {
    const summary = 'Strong urges to burn herself with a lighter Fri after a fight with her girlfriend; did not act on them. Denied SI.';
    expect(readSummary(summary).risk.selfHarmUrges).toBe(true);
    expect(section(summary, 'risk')).toMatch(/urges to self-harm/);
  });
});

describe('review 46: words with two meanings, and dictation', () => {
  it('"PO" beside probation, a title or "ROI for" is the probation officer even where a DV charge is named', () => {
    const summary = 'Intake, court-ordered (probation - PO Mr. Reyes). DV charge dismissed. Plan: ROI for PO signed.';
    const out = note(summary);
    expect(out).toMatch(/probation officer Mr\. Reyes/);
    expect(out).toMatch(/for probation officer signed/);
    expect(out).not.toMatch(/protective order/);
  });

  it('"thought MI, cardiac w/u neg" is a feared heart attack and its workup, not motivational interviewing', () => {
    const out = note('Panic attacks x 3 mo. One ER visit in May, thought MI, cardiac w/u neg. Used MI re avoidance.');
    expect(out).toMatch(/myocardial infarction, cardiac workup negative/);
    expect(out).toMatch(/motivational interviewing/);
  });

  it('"d/c\'d" after a medication and before a year is discontinued', () => {
    expect(note("Tx'd w/ fluoxetine by PCP, d/c'd 2019.")).toMatch(/discontinued 2019/);
  });

  it('a noun "period" in dictation ("a dark period in 2015") is a word, not a full stop', () => {
    const out = note('so she had a dark period in 2015 after her divorce um and it resolved with therapy she is doing ok now she is working full time');
    expect(out).toMatch(/dark period in 2015 after her divorce/);
  });

  it('spoken ranges become figures: "sleeping nine ten hours" is 9 to 10 hours', () => {
    expect(note('she says she is sleeping nine ten hours and still tired um she is eating ok')).toMatch(/9 to 10 hours/);
  });

  it('the clinician\'s aside between "she said" and the quote is not the client\'s words', () => {
    const out = note('ok so she came in tired um she said and I want to get this right she said I feel like a ghost at home um we talked about her son and the move and what she wants from him going forward');
    expect(out).not.toMatch(/get this right/);
    expect(out).not.toMatch(/said she said/);
  });

  it('a name after a preposition is its object, not a new speaker ("which for Nadia is a big deal")', () => {
    expect(note('she came in with her hair unwashed which for Nadia is a big deal um we talked about the move')).not.toMatch(/for\. Nadia/);
  });

  it('"Risk:" and "Safety:" labels go, except before a level, which keeps them as the clinician\'s rating', () => {
    expect(section('Risk: pt made a vague statement re coworker, clarified, denies intent.', 'risk')).not.toMatch(/Risk:/);
    expect(readSummary('Risk: moderate. Denies SI.').risk.level).toBe('moderate');
  });
});

describe('review 46: who did it, and when', () => {
  it('a report closed by "per <relative or school>" is that person\'s report', () => {
    const out = note('Presenting: school refusal; 5 absences this mo per school counselor (Ms. Lee). Tantrums down to 3/wk per dad.', 'pirp');
    expect(out).toMatch(/School counselor \(Ms\. Lee\) reported 5 absences this month/);
    expect(out).toMatch(/Father reported tantrums down to 3 per week/);
    expect(out).not.toMatch(/Client reported 5 absences/);
  });

  it('"spoke w/ dad at end of call w/ pt present" is the clinician speaking', () => {
    expect(note('Telehealth. Safety plan reviewed. Spoke w/ dad at end of call w/ pt present, dad agreed to lock meds.')).toMatch(/Therapist spoke with (?:father|dad)/i);
  });

  it('a session planned in the follow-up line gives no length to this one', () => {
    const summary = 'Family session w/ parents and Jo (14). Reviewed house rules. F/u 1 wk, family + 20 min individual w/ Jo.';
    expect(readSummary(summary).session.minutes).toBeUndefined();
    expect(readSummary('Indiv 45 min session. Reviewed sleep log.').session.minutes).toBe(45);
  });
});
