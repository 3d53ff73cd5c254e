import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../../../src/compose/lexicon/modalities.ts';
import { SHORTHAND } from '../../../src/compose/lexicon/shorthand.ts';
import { SYMBOL_RULES } from '../../../src/compose/lexicon/symbol-rules.ts';
import { expandInQuote, expandShorthand, modalityMarker } from '../../../src/compose/read/expand-shorthand.ts';

/**
 * Entries whose meaning depends on what follows: tested in the context they are meant for.
 * (SUD alone is "substance use disorder" by a symbol rule; the SHORTHAND entry is the rating.)
 */
const CONTEXT: Record<string, [string, string]> = {
  SUD: ['SUD 8', 'subjective units of distress'],
  w: ['x w mom', 'with'],
  // Before a noun, "hx" is a history of it ("hx ED" -> "history of eating disorder").
  hx: ['x hx y', 'history of'],
  'med hx': ['x med hx y', 'medical history of'],
  'SU hx': ['x SU hx y', 'substance use history of'],
};
// A word with its apostrophe restored ("dont" -> "don't") reads as the pipeline writes the spelled word ("do not").
for (const e of SHORTHAND.filter((x) => x.expansion.includes("'") && x.expansion.replace("'", '') === x.short)) {
  CONTEXT[e.short] = [`x ${e.short} y`, expandShorthand(`x ${e.expansion} y`).slice(2, -2)];
}

describe('expandShorthand: every SHORTHAND entry expands', () => {
  it.each(SHORTHAND.map((e) => [e.short, e]))('%s', (_short, e) => {
    const [input, wanted] = CONTEXT[e.short] ?? [`x ${e.short} y`, e.expansion];
    const out = expandShorthand(input);
    expect(out.toLowerCase()).toContain(wanted.toLowerCase());
    // The shorthand itself is gone (unless the expansion keeps it, as in "(PTSD)").
    if (!e.expansion.includes(e.short)) expect(out).not.toMatch(new RegExp(`(^|\\s)${e.short.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(\\s|$)`));
  });

  it.each(SHORTHAND.filter((e) => !CONTEXT[e.short]).map((e) => [e.short, e]))('%s expands mid-sentence in its own case', (_short, e) => {
    // A mid-sentence jotting gives the expansion as written in the lexicon (lower case for
    // acronyms and mixed-case abbreviations such as EtOH or A&Ox3).
    expect(expandShorthand(`x ${e.short} y`)).toBe(`x ${e.expansion} y`);
  });

  it('case-sensitive entries do not fire on the ordinary lower-case word', () => {
    for (const e of SHORTHAND.filter((x) => x.caseSensitive)) {
      const lower = e.short.toLowerCase();
      if (lower === e.short) continue;
      // A case-insensitive entry with the same letters is allowed to fire instead.
      const other = SHORTHAND.find((x) => !x.caseSensitive && x.short.toLowerCase() === lower);
      const out = expandShorthand(`x ${lower} y`);
      if (other) expect(out).toBe(`x ${other.expansion} y`);
      else if (!MODALITIES.some((m) => m.acronym.toLowerCase() === lower)) expect(out, e.short).not.toContain(e.expansion);
    }
  });

  it('a capitalised jotting keeps its capital', () => {
    expect(expandShorthand('Pt reports better sleep')).toBe('Client reports better sleep');
  });

  it('an all-caps acronym becomes plain words', () => {
    expect(expandShorthand('denies SI')).toBe('denies suicidal ideation');
    expect(expandShorthand('f/u in 1 wk')).toBe('follow-up in 1 week');
  });

  it('matches whole words only', () => {
    expect(expandShorthand('the pts')).toBe('the clients');
    expect(expandShorthand('temptation')).toBe('temptation');
    expect(expandShorthand('re-evaluate')).toBe('re-evaluate');
    expect(expandShorthand('rethink')).toBe('rethink');
  });

  it('slash shorthand is one token', () => {
    expect(expandShorthand('w/o meds')).toBe('without medications');
    expect(expandShorthand('w/ mom b/c of fight')).toBe('with mother because of fight');
  });

  it('modality acronyms become first-use markers', () => {
    expect(expandShorthand('cont CBT')).toBe(`continue ${modalityMarker('CBT')}`);
    expect(expandShorthand('EFT-informed')).toBe(`${modalityMarker('EFT')}-informed`);
    expect(expandShorthand('TF-CBT')).toBe(modalityMarker('TF-CBT'));
  });

  it('a CPT code number is not the CPT modality', () => {
    expect(expandShorthand('CPT 90834')).not.toContain(modalityMarker('CPT'));
  });

  it('symbol rules run before word shorthand', () => {
    expect(expandShorthand('SUD 8 -> 0')).toBe('subjective units of distress decreased from 8 to 0');
    expect(expandShorthand('thought record 2x/wk')).toBe('thought record twice per week');
    expect(expandShorthand('↑ anx')).toBe('increased anxiety');
    expect(expandShorthand('1st sess')).toBe('first session');
  });

  it('leaves plain prose unchanged', () => {
    const s = 'Client described a difficult week with her manager.';
    expect(expandShorthand(s)).toBe(s);
  });
});

describe('SYMBOL_RULES', () => {
  it.each(SYMBOL_RULES.map((r) => [r.example[0], r.example[1], r]))('%s -> %s (the rule alone)', (input, output, rule) => {
    expect(input.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string)).toBe(output);
  });

  it('every rule matches its own example', () => {
    for (const r of SYMBOL_RULES) {
      r.pattern.lastIndex = 0;
      expect(r.pattern.test(r.example[0]), String(r.pattern)).toBe(true);
      r.pattern.lastIndex = 0;
    }
  });
});

describe('expandInQuote', () => {
  it('spells out only slash shorthand', () => {
    expect(expandInQuote('I went w/ my mom b/c I had to w/o asking')).toBe('I went with my mom because I had to without asking');
    expect(expandInQuote('pt SI hx')).toBe('pt SI hx');
  });
});
