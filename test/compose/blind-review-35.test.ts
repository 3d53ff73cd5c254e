import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { extractRisk } from '../../src/compose/read/extract-risk.ts';
import { HI_TERMS, SELF_HARM_TERMS, SI_TERMS } from '../../src/compose/lexicon/risk-terms.ts';

// Blind review 35 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('review 35: risk', () => {
  it('every listed risk term is read: a term added to a list is never skipped by the quick first test', () => {
    // Conditionals ("if I didn't wake up") and bare urges with no target are not a status on their own.
    const skipped = (term: string) => /^if |\bif i\b|^urges? to (?:hurt|harm)$|^self-destructive$/.test(term);
    const missed = [
      ...SI_TERMS.filter((t) => !skipped(t) && extractRisk([`Client reported ${t} this week`]).si === 'not_assessed'),
      ...SELF_HARM_TERMS.filter((t) => !skipped(t) && extractRisk([`Client denied ${t} this week`]).selfHarm !== 'denied'),
      ...HI_TERMS.filter((t) => !skipped(t) && extractRisk([`Client denied ${t} this week`]).hi === 'not_assessed'),
    ];
    expect(missed).toEqual([]);
  });

  it('"thoughts of dying" is passive ideation, and its denial is a denial', () => {
    expect(readSummary('Pt reports thoughts of dying most days since the funeral, no plan.').risk.si).toBe('passive');
    expect(readSummary('Denies thoughts of dying.').risk.si).toBe('denied');
  });

  it('a child who wants to hit himself but has not: self-harm urges without acts, never "no risk assessment"', () => {
    const summary = 'Session w/ Max (8) and dad. he said he wants to punch himself when he gets frustrated at school but he hasnt done it.';
    expect(readSummary(summary).risk.selfHarmUrges).toBe(true);
    const risk = section(summary, 'risk', 'pie');
    expect(risk).toMatch(/urges to self-harm without acting on them/);
    expect(risk).not.toMatch(/No risk assessment/);
    expect(risk).not.toMatch(/Not documented:[^\]]*self-harm/);
  });

  it('"denies hitting herself" is a denial of self-harm', () => {
    expect(readSummary('Pt denies hitting herself since last visit.').risk.selfHarm).toBe('denied');
  });

  it('an attempt told by a relative is the client\'s history, though the client denied one', () => {
    const summary = 'Denies prior attempts. Mother says 1 attempt 2019 (overdose). Active SI w/ plan today.';
    expect(readSummary(summary).risk.attemptHistory).toBe(true);
    const risk = section(summary, 'risk');
    expect(risk).toMatch(/Mother said 1 attempt 2019/);
    expect(risk).toMatch(/A history of suicide attempt is documented/);
    expect(risk).not.toMatch(/No prior suicide attempt/);
  });

  it('counted attempts at something else are no attempt history', () => {
    expect(readSummary('Made 3 attempts to call her sister this week. Denies SI.').risk.attemptHistory).not.toBe(true);
  });

  it('"asked about past attempts - none" documents none, not a history', () => {
    const r = readSummary('Endorses daily thoughts of killing himself, no plan. I asked about past attempts - none.');
    expect(r.risk.attemptHistory).toBe(false);
    expect(section('Endorses daily thoughts of killing himself, no plan. I asked about past attempts - none.', 'risk')).toMatch(/No prior suicide attempt was reported/);
  });

  it('"explored reasons for living and we built a safety plan" names no protective factor', () => {
    expect(readSummary('Passive SI. Explored reasons for living and we made a safety plan.').risk.protectiveFactors).toEqual([]);
    expect(readSummary('Passive SI. Reasons for living: her kids, her dog.').risk.protectiveFactors).toEqual(['her kids', 'her dog']);
  });

  it('"Risk: high, imminent" is the clinician\'s level: the level prompt is not shown', () => {
    const risk = section('Active SI w/ plan to OD tonight. Risk: high, imminent.', 'risk');
    expect(risk).toMatch(/Risk level as stated by the clinician: high/);
    expect(risk).not.toMatch(/Add your risk level/);
  });

  it('another person\'s "I\'m going to finish it" is risk content for the risk section; the client\'s own denial stands', () => {
    const summary = 'Pt worried about her sister, who texted her "I\'m going to finish it this weekend." Pt denies SI.';
    const r = readSummary(summary);
    expect(r.risk.si).toBe('denied');
    expect(section(summary, 'risk')).toMatch(/finish it this weekend/);
  });

  it('a medication named in the plan is not risk content', () => {
    expect(section('Denies SI. Continue lithium level monitoring.', 'risk')).not.toMatch(/lithium/);
    expect(section('Denies SI. Mom locked up the lithium at home.', 'risk')).toMatch(/lithium/);
  });
});

describe('review 35: presentation and reports', () => {
  it('"Presented bright affect, engaged, gave feedback": a finding "with", a description, then the act', () => {
    expect(section('Presented bright affect, engaged, gave peer feedback.', 'objective')).toBe('Client presented with bright affect, was engaged and gave peer feedback.');
  });

  it('"Late, camera off": lateness is not a report', () => {
    expect(section('Telehealth. Late, camera off first 10 min.', 'objective') + section('Telehealth. Late, camera off first 10 min.', 'subjective')).toMatch(/Client was late/);
  });

  it('a feeling jotted with a capital continues the sentence in lower case', () => {
    expect(section('Stressed about custody hearing.', 'subjective')).toBe('Client reported feeling stressed about custody hearing.');
  });

  it('"TIPP skills" spelled out keeps one "skills"', () => {
    const out = composeNote({ summary: 'Taught TIPP skills; pt practiced paced breathing.', format: 'soap' }).sections.map((s) => s.text).join('\n');
    expect(out).toMatch(/TIPP skills \(temperature[^)]*\)/);
    expect(out).not.toMatch(/\) skills/);
  });

  it('a handoff is a step in care, not something the client reported', () => {
    const out = composeNote({ summary: 'Transported to ED by mobile crisis. Handoff to ED social worker.', format: 'soap' }).sections.map((s) => s.text).join('\n');
    expect(out).toMatch(/Handoff to emergency department social worker/);
    expect(out).not.toMatch(/reported handoff/i);
  });
});
