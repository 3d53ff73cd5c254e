import { describe, expect, it } from 'vitest';
import { EMPTY_PROMPTS, FORMAT_KEYS, FORMATS, type PlacedKind, RISK_SECTION, SESSION_SECTION } from '../../../src/compose/formats/formats.ts';
import { HISTORY, NEGATION_AFTER, NEGATION_BEFORE, NOT_A_STATUS, NOT_ACTED, OTHER_PERSON } from '../../../src/compose/lexicon/risk-context.ts';
import { CASE_MANAGEMENT_CONTACT, FAMILY_WITHOUT_CLIENT, INTERACTIVE_COMPLEXITY, PSYCHOTHERAPY_WITH_EM } from '../../../src/compose/lexicon/cpt-add-ons.ts';
import { CPT_RULES } from '../../../src/compose/lexicon/cpt-codes.ts';
import { INTERVENTION_TERMS } from '../../../src/compose/lexicon/cues.ts';
import { LABELS } from '../../../src/compose/lexicon/labels.ts';
import { MODALITIES } from '../../../src/compose/lexicon/modalities.ts';
import { SHORTHAND } from '../../../src/compose/lexicon/shorthand.ts';
import { SYMBOL_RULES } from '../../../src/compose/lexicon/symbol-rules.ts';
import { FACT_KINDS } from '../../../src/compose/types.ts';

const PLACED = FACT_KINDS.filter((k): k is PlacedKind => k !== 'session' && k !== 'risk');
const duplicates = (xs: readonly string[]): string[] => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('SHORTHAND', () => {
  it('no duplicate triggers (same short with the same case-sensitivity)', () => {
    const keys = SHORTHAND.map((e) => (e.caseSensitive ? `case-sensitive:${e.short}` : `any-case:${e.short.toLowerCase()}`));
    expect(duplicates(keys)).toEqual([]);
  });

  it('every entry has a non-empty short and expansion with no stray whitespace', () => {
    for (const e of SHORTHAND) {
      expect(e.short.trim(), JSON.stringify(e)).toBe(e.short);
      expect(e.short.length).toBeGreaterThan(0);
      expect(e.expansion.trim(), JSON.stringify(e)).toBe(e.expansion);
      expect(e.expansion.length).toBeGreaterThan(0);
    }
  });

  it('no entry expands to itself', () => {
    for (const e of SHORTHAND) expect(e.expansion.toLowerCase(), e.short).not.toBe(e.short.toLowerCase());
  });

  it('modality acronyms are not shorthand (they are spelled out on first use)', () => {
    const acronyms = new Set(MODALITIES.map((m) => m.acronym));
    expect(SHORTHAND.filter((e) => acronyms.has(e.short)).map((e) => e.short)).toEqual([]);
  });
});

describe('SYMBOL_RULES', () => {
  it('every rule has an example that changes the text', () => {
    for (const r of SYMBOL_RULES) expect(r.example[0], String(r.pattern)).not.toBe(r.example[1]);
  });
  it('every pattern is global (all occurrences are rewritten)', () => {
    for (const r of SYMBOL_RULES) expect(r.pattern.flags, String(r.pattern)).toContain('g');
  });
});

describe('FORMATS', () => {
  it('each entry names its own key, and has a name and a description a clinician picks it by', () => {
    for (const [key, def] of Object.entries(FORMATS)) {
      expect(def.key).toBe(key);
      expect(def.name.length, key).toBeGreaterThan(0);
      expect(def.description.length, key).toBeGreaterThan(0);
    }
  });

  it.each(FORMAT_KEYS.map((k) => [k]))('%s places every placeable kind in one of its own sections', (key) => {
    const def = FORMATS[key];
    const own = new Set(def.sections.map((s) => s.key));
    expect(Object.keys(def.place).sort()).toEqual([...PLACED].sort());
    for (const kind of PLACED) expect(own.has(def.place[kind]), `${key}: ${kind} -> ${def.place[kind]}`).toBe(true);
  });

  it.each(FORMAT_KEYS.map((k) => [k]))('%s section keys are unique, lower case, and not session or risk', (key) => {
    const keys = FORMATS[key].sections.map((s) => s.key);
    expect(duplicates(keys)).toEqual([]);
    expect(keys).not.toContain(SESSION_SECTION.key);
    expect(keys).not.toContain(RISK_SECTION.key);
    for (const k of keys) expect(k).toMatch(/^[a-z]+$/);
  });

  it.each(FORMAT_KEYS.map((k) => [k]))('%s: every section is used by some kind or has a reason to exist', (key) => {
    const def = FORMATS[key];
    const used = new Set(Object.values(def.place));
    for (const s of def.sections) expect(used.has(s.key), `${key}.${s.key}`).toBe(true);
  });

  it('every section has a title and an empty-section prompt in brackets', () => {
    for (const def of Object.values(FORMATS)) {
      for (const s of def.sections) {
        expect(s.title.length, `${def.key}.${s.key}`).toBeGreaterThan(0);
        expect(EMPTY_PROMPTS[s.key], `${def.key}.${s.key}`).toMatch(/^\[.+\]$/);
      }
    }
  });

  it('matches the DESIGN.md placement table', () => {
    const table: Record<string, Record<string, string>> = {
      report: { soap: 'subjective', dap: 'data', birp: 'behavior', pirp: 'problem', girp: 'response', sirp: 'situation', pie: 'problem', simple: 'summary' },
      observation: { soap: 'objective', dap: 'data', birp: 'behavior', pirp: 'problem', girp: 'response', sirp: 'situation', pie: 'problem', simple: 'summary' },
      measure: { soap: 'objective', dap: 'data', birp: 'behavior', pirp: 'problem', girp: 'response', sirp: 'situation', pie: 'problem', simple: 'summary' },
      goal: { soap: 'assessment', dap: 'assessment', birp: 'behavior', pirp: 'problem', girp: 'goal', sirp: 'situation', pie: 'problem', simple: 'summary' },
      intervention: { soap: 'objective', dap: 'data', birp: 'intervention', pirp: 'intervention', girp: 'intervention', sirp: 'intervention', pie: 'intervention', simple: 'summary' },
      response: { soap: 'assessment', dap: 'assessment', birp: 'response', pirp: 'response', girp: 'response', sirp: 'response', pie: 'evaluation', simple: 'summary' },
      assessment: { soap: 'assessment', dap: 'assessment', birp: 'response', pirp: 'response', girp: 'response', sirp: 'response', pie: 'evaluation', simple: 'summary' },
      plan: { soap: 'plan', dap: 'plan', birp: 'plan', pirp: 'plan', girp: 'plan', sirp: 'plan', pie: 'evaluation', simple: 'plan' },
      homework: { soap: 'plan', dap: 'plan', birp: 'plan', pirp: 'plan', girp: 'plan', sirp: 'plan', pie: 'evaluation', simple: 'plan' },
    };
    for (const [kind, byFormat] of Object.entries(table)) {
      for (const [format, section] of Object.entries(byFormat)) expect(FORMATS[format as keyof typeof FORMATS].place[kind as PlacedKind], `${format}.${kind}`).toBe(section);
    }
  });
});

describe('MODALITIES', () => {
  it('every acronym is unique', () => {
    expect(duplicates(MODALITIES.map((m) => m.acronym))).toEqual([]);
  });
  it('every acronym is upper case (with - or /) and every name lower case', () => {
    for (const m of MODALITIES) {
      expect(m.acronym).toMatch(/^[A-Z][A-Z/-]*[A-Z]$/);
      expect(m.name).toBe(m.name.toLowerCase());
    }
  });
});

describe('risk framing patterns (lexicon/risk-context.ts)', () => {
  // Each pattern with a phrasing it must read and one it must leave alone; the risk corpus
  // (test/compose/risk-corpus.ts) runs them on whole summaries.
  it.each([
    [NEGATION_BEFORE, 'pt denies ', 'pt reports '],
    [NEGATION_AFTER, ': none', ' with plan'],
    [HISTORY, 'hx of', 'today'],
    [NOT_A_STATUS, 'psychoeducation on warning signs', 'endorses thoughts'],
    [OTHER_PERSON, 'her brother', 'she'],
    [NOT_ACTED, 'did not act on them', 'acted on them'],
  ] as const)('%s', (re, yes, no) => {
    expect(re.test(yes)).toBe(true);
    expect(re.test(no)).toBe(false);
  });
});

describe('CPT_RULES', () => {
  it('bands are well formed', () => {
    for (const r of CPT_RULES) {
      expect(r.minMinutes, r.code).toBeGreaterThan(0);
      expect(r.maxMinutes, r.code).toBeGreaterThanOrEqual(r.minMinutes);
      expect(r.code).toMatch(/^\d{5}( \+ \d{5})*$/);
    }
  });

  it('bands do not overlap within a service', () => {
    for (const a of CPT_RULES) {
      for (const b of CPT_RULES) {
        if (a === b || a.service !== b.service) continue;
        expect(a.maxMinutes < b.minMinutes || b.maxMinutes < a.minMinutes, `${a.service}: ${a.code} and ${b.code}`).toBe(true);
      }
    }
  });

  it('individual bands are contiguous from 16 minutes', () => {
    const ind = CPT_RULES.filter((r) => r.service === 'individual').sort((a, b) => a.minMinutes - b.minMinutes);
    expect(ind[0]!.minMinutes).toBe(16);
    for (let i = 1; i < ind.length; i++) expect(ind[i]!.minMinutes).toBe(ind[i - 1]!.maxMinutes + 1);
  });
});

describe('CPT cues', () => {
  it.each([FAMILY_WITHOUT_CLIENT, PSYCHOTHERAPY_WITH_EM, CASE_MANAGEMENT_CONTACT, ...INTERACTIVE_COMPLEXITY].map((c) => [c.shows, c] as const))('%s: every example passes', (_shows, cue) => {
    expect(cue.examples.match.length).toBeGreaterThan(0);
    expect(cue.examples.noMatch.length).toBeGreaterThan(0);
    for (const m of cue.examples.match) expect(cue.pattern.test(m), m).toBe(true);
    for (const m of cue.examples.noMatch) expect(cue.pattern.test(m), m).toBe(false);
  });
});

describe('LABELS and INTERVENTION_TERMS', () => {
  it('label keys are lower case and set a real kind', () => {
    for (const [label, kind] of Object.entries(LABELS)) {
      expect(label).toBe(label.toLowerCase());
      expect(FACT_KINDS).toContain(kind);
    }
  });
  it('intervention terms are lower case with a verb', () => {
    for (const [term, verb] of Object.entries(INTERVENTION_TERMS)) {
      expect(term).toBe(term.toLowerCase());
      expect(verb).toMatch(/^[a-z]+( [a-z]+)*$/);
    }
  });
});
