import { describe, expect, it } from 'vitest';
import { AMBIGUOUS } from '../../../src/compose/lexicon/ambiguous.ts';
import { MODALITIES } from '../../../src/compose/lexicon/modalities.ts';
import { SHORTHAND } from '../../../src/compose/lexicon/shorthand.ts';
import { expandShorthand } from '../../../src/compose/read/expand-shorthand.ts';
import { composeNote } from '../../../src/compose/index.ts';

// Each ambiguous abbreviation is spelled out only where a cue makes its meaning certain;
// otherwise it is kept as written and the clinician is warned (DESIGN.md principle 2).
describe('ambiguous abbreviations: every example of every entry', () => {
  const cases = AMBIGUOUS.flatMap((e) => e.examples.map(([text, want]) => [e.short, text, want, e] as const));
  it.each(cases)('%s in "%s" -> %s', (short, text, want, entry) => {
    const unresolved = new Set<string>();
    const out = expandShorthand(text, { topic: text, unresolved }).replace(/⟪([^⟫]+)⟫/g, (_m, acr: string) => MODALITIES.find((m) => m.acronym === acr)?.name ?? acr);
    if (want) {
      expect(out.toLowerCase()).toContain(want.toLowerCase());
      expect(unresolved.size).toBe(0);
    } else {
      expect(out).toContain(short);
      if (!entry.silent) expect([...unresolved]).toContain(short);
    }
  });

  it('no ambiguous abbreviation also has a fixed meaning in the shorthand lexicon', () => {
    // A case-sensitive entry ("PT") may share letters with a lower-case word ("pt"): it is read first.
    const clash = (e: (typeof AMBIGUOUS)[number]): boolean =>
      SHORTHAND.some((x) => (e.caseSensitive ? x.short === e.short : x.short.toLowerCase() === e.short.toLowerCase()));
    expect(AMBIGUOUS.filter(clash).map((e) => e.short)).toEqual([]);
  });

  it('an abbreviation kept as written is a warning on the note, and is never guessed', () => {
    const doc = composeNote({ summary: 'pt reports BP worse this wk. denies SI.', format: 'soap' });
    const text = doc.sections.map((s) => s.text).join(' ');
    expect(text).toContain('BP');
    expect(text).not.toMatch(/blood pressure|bipolar/i);
    expect(doc.warnings.some((w) => w.code === 'ambiguous_shorthand' && w.message.includes('"BP"'))).toBe(true);
  });

  it("rec'd before a person or a treatment is recommended, never received", () => {
    const doc = composeNote({ summary: "P: rec'd IOP, rec'd she call her PCP today", format: 'dap' });
    const plan = doc.sections.find((s) => s.key === 'plan')!.text;
    expect(plan).toMatch(/recommended/i);
    expect(plan).not.toMatch(/received/i);
  });
});

describe('abbreviations the lexicons do not know', () => {
  it('are kept as written and named in a warning; known and bracketed acronyms are not', () => {
    const doc = composeNote({ summary: 'pt reports RDI work going well. used CBT. PHQ-9 12. denies SI', format: 'dap' });
    const text = doc.sections.map((s) => s.text).join(' ');
    expect(text).toContain('RDI');
    const messages = doc.warnings.map((w) => w.message);
    expect(messages.some((m) => m.includes('"RDI"'))).toBe(true);
    expect(messages.some((m) => m.includes('"CBT"') || m.includes('"PHQ"'))).toBe(false);
  });
});
