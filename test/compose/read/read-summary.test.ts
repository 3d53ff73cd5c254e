import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/compose/read/normalize-text.ts';
import { readSummary, rewriteClause } from '../../../src/compose/read/read-summary.ts';
import { splitClauses } from '../../../src/compose/read/split-clauses.ts';
import { markModalities } from '../../../src/compose/text/modality-mentions.ts';
import type { Fact, SessionRecord } from '../../../src/compose/types.ts';

const spans = (f: Fact): { start: number; end: number }[] => f.source.map((s) => {
  if (!('start' in s)) throw new Error('summary facts carry character spans');
  return s;
});

const SUMMARIES = [
  '53 min telehealth indiv (pt at home). pt reports “better” sleep, PHQ-9 12 (was 15). I used CBT thought record; pt was receptive. tearful when discussing mom.\nHW: thought record daily\nplan: f/u 1 wk. denies SI/HI.',
  'couples #6, 50 min. family conflict re: $. we practiced speaker/listener. both softened by end. plan: cont EFT wkly',
  '- pt anxious re: job interview\n- we did box breathing x2, SUD 8 -> 3\n- "I can\'t keep doing this"\n- denies SI; safety plan reviewed\n\nplan: cont wkly',
  'Pt late 10 min. Discussed her mother’s illness — she said ‘I’m fine’ but cried. Practiced grounding 😌. No SI/HI.',
  'pt reports better sleep.\nwkly\ngoal is to reduce panic attacks. I explained the panic cycle.',
];

describe('readSummary: source spans', () => {
  it.each(SUMMARIES.map((s, i) => [i, s]))('summary %i: every span lies inside the summary and is a whole clause', (_i, summary) => {
    const record = readSummary(summary);
    const clauses = splitClauses(summary).map((c) => `${c.start}:${c.end}`);
    expect(record.facts.length).toBeGreaterThan(0);
    for (const f of record.facts) {
      expect(f.source.length, f.text).toBeGreaterThan(0);
      for (const s of spans(f)) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(summary.length);
        expect(s.end).toBeGreaterThan(s.start);
        // The span is exactly one clause of the summary, not part of one or two run together.
        expect(clauses, `${f.kind}: ${JSON.stringify(summary.slice(s.start, s.end))}`).toContain(`${s.start}:${s.end}`);
      }
    }
  });

  it.each(SUMMARIES.map((s, i) => [i, s]))('summary %i: a one-span fact is its clause rewritten', (_i, summary) => {
    const record = readSummary(summary);
    for (const f of record.facts.filter((x) => x.kind !== 'session' && x.source.length === 1)) {
      const [s] = spans(f);
      // The rewritten clause marks its modalities (⟪CBT⟫); the fact keeps them beside its text.
      expect(markModalities(f)).toBe(rewriteClause(normalizeText(summary.slice(s!.start, s!.end))));
    }
  });

  it('every clause of the summary is covered by some fact (nothing dropped)', () => {
    for (const summary of SUMMARIES) {
      const record = readSummary(summary);
      const covered = new Set(record.facts.flatMap((f) => spans(f).map((s) => `${s.start}:${s.end}`)));
      const header = record.facts.find((f) => f.kind === 'session');
      for (const c of splitClauses(summary)) {
        const inHeader = header && spans(header).some((s) => c.start >= s.start && c.end <= s.end);
        // A heading made only of session details has no fact: its content is the session record.
        if (c.line === 0 && c.sentence === 0 && !inHeader && (record.session.minutes || record.session.serviceType)) continue;
        expect(covered.has(`${c.start}:${c.end}`) || inHeader, JSON.stringify(c.text)).toBe(true);
      }
    }
  });

  it('spans survive typographic characters and emoji (offsets are the original text\'s)', () => {
    const summary = 'she said “I’m done” 😔 — then laughed. denies SI.';
    const record = readSummary(summary);
    const texts = record.facts.flatMap((f) => spans(f).map((s) => summary.slice(s.start, s.end)));
    expect(texts).toEqual(['she said “I’m done” 😔 — then laughed', 'denies SI']);
  });

  it('facts keep input order', () => {
    const summary = 'pt anxious. we did grounding. pt calmer after. plan: f/u 1 wk';
    const starts = readSummary(summary).facts.map((f) => spans(f)[0]!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('a one-word follow-on line joins the fact before it and keeps both spans', () => {
    const summary = 'pt reports better sleep.\nwkly';
    const facts = readSummary(summary).facts;
    expect(facts).toHaveLength(1);
    expect(facts[0]!.text).toBe('client reports better sleep; weekly');
    expect(spans(facts[0]!).map((s) => summary.slice(s.start, s.end))).toEqual(['pt reports better sleep', 'wkly']);
  });
});

describe('readSummary: the record', () => {
  const record: SessionRecord = readSummary(SUMMARIES[0]!);

  it('session details come from the heading', () => {
    expect(record.session).toMatchObject({ minutes: 53, serviceType: 'individual', modality: 'video', clientLocation: 'home' });
  });

  it('kinds', () => {
    expect(record.facts.map((f) => f.kind)).toEqual(expect.arrayContaining(['intervention', 'homework', 'plan']));
    expect(record.facts.find((f) => f.text.startsWith('I used'))!.kind).toBe('intervention');
    expect(record.facts.find((f) => f.text === 'thought record daily')!.kind).toBe('homework');
    expect(record.facts.find((f) => f.text === 'follow-up 1 week')!.kind).toBe('plan');
  });

  it('interventions, measures and risk', () => {
    expect(record.interventions).toEqual(expect.arrayContaining([{ name: 'cognitive behavioral therapy', modality: 'CBT' }, { name: 'thought record' }]));
    expect(record.measures).toMatchObject([{ instrument: 'PHQ-9', score: 12, previous: 15, max: 27, band: 'moderate' }]);
    expect(record.risk).toMatchObject({ si: 'denied', hi: 'denied', selfHarm: 'not_assessed' });
  });

  it('a fact that opens with a negation is marked negated', () => {
    const r = readSummary('pt calm. no panic attacks this week');
    expect(r.facts.map((f) => f.negated)).toEqual([false, true]);
  });

  it('diagnoses are never inferred', () => {
    expect(readSummary('pt meets criteria for MDD, PHQ-9 22').diagnoses).toEqual([]);
  });

  it('reads lower-case measure jottings', () => {
    expect(readSummary('pt ok. phq9 12').measures).toEqual([expect.objectContaining({ instrument: 'PHQ-9', score: 12 })]);
  });

  it('a summary with no risk words has nothing assessed', () => {
    expect(readSummary('pt reports better sleep').risk).toMatchObject({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
  });

  it('origin and span origin follow the input', () => {
    const d = readSummary('pt ok', { origin: 'dictation' });
    expect(d.facts[0]!.origin).toBe('dictation');
    expect(d.facts[0]!.source[0]).toMatchObject({ origin: 'dictation', start: 0, end: 5 });
  });
});

describe('readSummary: an age and sex leading the opening line', () => {
  it('is the heading, and the rest of the clause is the report', () => {
    const r = readSummary('Intake. 22F, hx ED (restricting) in college, hx of SI 2 yrs ago, none now.');
    expect(r.facts.find((f) => f.kind === 'session' && /22-year-old female/.test(f.text))).toBeTruthy();
    const rest = r.facts.find((f) => /eating disorder/.test(f.text))!;
    expect(rest.text).toMatch(/^history of eating disorder \(restricting\)/);
    expect(rest.text).not.toMatch(/22-year-old/);
  });
});

describe('readSummary: "she" right after a relative of the same gender', () => {
  it('stays "she" rather than becoming the client', () => {
    const r = readSummary('Ava (7) seen with her mom. Then mom and I practiced PRIDE skills; she used labeled praise 6 times.', { pronouns: 'she' });
    expect(r.facts.find((f) => /labeled praise/.test(f.text))!.subject).toBe('pronoun');
    expect(r.facts.find((f) => /PRIDE skills/.test(f.text))!.kind).toBe('intervention');
  });
  it('is still the client when no such relative comes just before', () => {
    const r = readSummary('Ava (7) seen alone. Played with the dollhouse; she used the feelings chart.', { pronouns: 'she' });
    expect(r.facts.find((f) => /feelings chart/.test(f.text))!.subject).toBe('client');
  });
});
