// Property: the composer invents nothing. For random summaries built from clinical jottings,
// capitalised names, medications, diagnoses and numbers, no note in any format contains a
// number, a capitalised word, a medication or a diagnosis term that the input lacks, except
// the fixed words of the templates (section titles, prompts, the risk and session lines, the
// clinical voice) and the spelled-out forms of shorthand and modality acronyms in the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROMPTS, FORMAT_KEYS, FORMATS, RISK_SECTION, SESSION_SECTION } from '../../src/compose/formats/formats.ts';
import { composeNote } from '../../src/compose/index.ts';
import { INTERVENTION_TERMS } from '../../src/compose/lexicon/cues.ts';
import { MODALITIES } from '../../src/compose/lexicon/modalities.ts';
import { SHORTHAND } from '../../src/compose/lexicon/shorthand.ts';
import { SYMBOL_RULES } from '../../src/compose/lexicon/symbol-rules.ts';
import { verbForms } from '../../src/compose/lexicon/verbs.ts';
import { INSTRUMENTS } from '../../src/measures/index.ts';
import { emptyRisk } from '../../src/compose/read/extract-risk.ts';
import type { Document, HiStatus, SelfHarmStatus, ServiceType, SessionModality, SiStatus, Style } from '../../src/compose/types.ts';
import { renderRiskStatus } from '../../src/compose/write/render-risk.ts';
import { renderSessionLine } from '../../src/compose/write/render-session.ts';

// ---- vocabulary ------------------------------------------------------------------------------

const MEDICATIONS = ['sertraline', 'fluoxetine', 'escitalopram', 'bupropion', 'lorazepam', 'quetiapine', 'lithium', 'lamotrigine', 'trazodone', 'venlafaxine', 'Zoloft', 'Prozac', 'Lexapro', 'Xanax', 'Adderall'];
const DIAGNOSES = ['depression', 'bipolar', 'schizophrenia', 'insomnia', 'anorexia', 'bulimia', 'PTSD', 'OCD', 'ADHD', 'MDD', 'BPD', 'agoraphobia', 'dysthymia'];
/** Terms that must never appear in a note unless the input has them. */
const GUARDED = new Set(
  [...MEDICATIONS, ...DIAGNOSES, 'anxiety', 'depressive', 'disorder', 'psychosis', 'psychotic', 'mania', 'manic', 'autism', 'dementia', 'citalopram', 'paroxetine', 'clonazepam', 'alprazolam', 'aripiprazole', 'olanzapine', 'risperidone', 'mirtazapine', 'duloxetine', 'gabapentin', 'methylphenidate', 'amphetamine'].map((w) => w.toLowerCase()),
);
const NAMES = ['Marguerite', 'Tobias', 'Oluwaseun', 'Priya', 'Siobhan', 'Dmitri', 'Yusuf', 'Ingrid', 'Keanu', 'Xiomara'];

const PHRASES = [
  'pt reports better sleep', 'denies SI/HI', 'I used CBT thought record', 'we practiced box breathing', 'tearful at times', 'affect flat',
  'explored triggers for panic', 'pt anxious re: work', 'HW: thought record daily', 'plan: f/u 1 wk', 'goal is to reduce avoidance',
  'discussed conflict w/ mom', 'validated feelings', 'pt receptive', 'calmer by end', 'chronic passive SI per hx, no plan', 'cutting 2x this week',
  'hx of cutting', 'safety plan reviewed', 'protective factors: kids, faith', 'risk low', 'psychoed on sleep hygiene', 'cont DBT skills',
  'EMDR reprocessing, SUD 8 -> 3', 'reviewed diary card', 'MI: explored ambivalence', 'pt late', 'telehealth, pt at home', 'no panic attacks this wk',
  'mood "meh"', 'she said "I can\'t keep doing this"', 'ACT defusion exercise', 'pt engaged', 'will cont wkly', 'sx improving', 'anx ↑ at work',
];

const name = fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[A-Z][a-z]{4,9}$/));
const med = fc.constantFrom(...MEDICATIONS);
const dx = fc.constantFrom(...DIAGNOSES);
const num = fc.integer({ min: 1, max: 120 }).map(String);

const slotted: fc.Arbitrary<string>[] = [
  fc.tuple(name).map(([n]) => `${n} said she felt ignored`),
  fc.tuple(name).map(([n]) => `pt's friend ${n} visited`),
  fc.tuple(med, num).map(([m, n]) => `started ${m} ${n}mg`),
  fc.tuple(med, num).map(([m, n]) => `${m} increased to ${n} mg per ${['PCP', 'NP', 'psych'][Number(n) % 3]}`),
  fc.tuple(dx).map(([d]) => `dx ${d}`),
  fc.tuple(dx).map(([d]) => `hx of ${d}`),
  fc.tuple(num).map(([n]) => `PHQ-9 ${Number(n) % 28}`),
  fc.tuple(num).map(([n]) => `GAD-7 = ${Number(n) % 22}`),
  fc.tuple(num).map(([n]) => `${n} min indiv`),
  fc.tuple(num).map(([n]) => `slept ${Number(n) % 12} hrs`),
  fc.tuple(num).map(([n]) => `anxiety ${Number(n) % 11}/10`),
  fc.tuple(name, med).map(([n, m]) => `talked with ${n} about ${m}`),
  fc.tuple(name, name).map(([a, b]) => `${a} and ${b} argued`),
  fc.tuple(name).map(([n]) => `"I hate ${n}"`),
  fc.tuple(num).map(([n]) => `session #${Number(n) % 40}`),
  fc.tuple(name).map(([n]) => `${n}'s birthday coming up`),
  fc.tuple(name, dx).map(([n, d]) => `${n} worried about her ${d}`),
];

const clause = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 4, arbitrary: fc.oneof(...slotted) });
const separator = fc.constantFrom('. ', '; ', '\n', '\n- ', ', ', '. ');
const summary = fc.tuple(fc.array(fc.tuple(clause, separator), { minLength: 1, maxLength: 8 })).map(([parts]) => parts.map(([c, s]) => c + s).join('').trim());
const style: fc.Arbitrary<Style> = fc.record(
  {
    clientTerm: fc.constantFrom('client', 'patient'),
    clinicianTerm: fc.constantFrom('therapist', 'clinician', 'this writer'),
    tense: fc.constantFrom('past', 'present'),
    pronouns: fc.constantFrom('she', 'he', 'they'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Style>;

// ---- allowed words -----------------------------------------------------------------------------

const words = (s: string): string[] => s.match(/[A-Za-z]+|\d+/g) ?? [];
const lower = (s: string): string[] => words(s).map((w) => w.toLowerCase());

/** Fixed words of the templates: titles, prompts, risk and session lines, the clinical voice. */
function templateWords(): Set<string> {
  const out = new Set<string>();
  const add = (s: string): void => {
    for (const w of lower(s)) if (!/^\d+$/.test(w)) out.add(w);
  };
  for (const def of Object.values(FORMATS)) {
    add(def.name);
    for (const s of def.sections) add(s.title);
  }
  for (const p of Object.values(EMPTY_PROMPTS)) add(p);
  add(`${SESSION_SECTION.title} ${RISK_SECTION.title} Progress`);
  const si: SiStatus[] = ['denied', 'passive', 'active', 'not_assessed'];
  const hi: HiStatus[] = ['denied', 'present', 'not_assessed'];
  const sh: SelfHarmStatus[] = ['denied', 'present', 'history', 'not_assessed'];
  for (const a of si) for (const b of hi) for (const c of sh) for (const flag of [true, false]) add(renderRiskStatus({ ...emptyRisk(), si: a, hi: b, selfHarm: c, plan: flag, intent: flag, means: flag, protectiveFactors: ['x'], level: 'x' }).join(' '));
  const services: ServiceType[] = ['individual', 'couples', 'family', 'group', 'intake', 'crisis'];
  const modalities: SessionModality[] = ['in_person', 'video', 'phone'];
  for (const serviceType of services) for (const modality of modalities) add(renderSessionLine({ participants: ['x'], serviceType, modality, clientLocation: 'x', location: 'x', telehealthConsent: true }) ?? '');
  add(renderSessionLine({ participants: [], minutes: 1 }) ?? '');
  add('Client Patient Therapist Clinician This writer and client Homework Goal Context Diagnoses said says reported reports feeling appeared appears was is has');
  add(Object.values(INTERVENTION_TERMS).join(' '));
  // Notes of empty-ish summaries: whatever the writer always adds.
  for (const format of FORMAT_KEYS) for (const s of ['ok', 'denies SI/HI', 'we practiced grounding', 'plan: f/u']) for (const d of [composeNote({ summary: s, format }), composeNote({ summary: s, format, style: { pirpLast: 'progress' } })]) add(d.sections.map((x) => `${x.title} ${x.text}`).join(' '));
  for (const g of GUARDED) out.delete(g);
  return out;
}
const TEMPLATE = templateWords();

/** Words the input licenses: its own, its shorthand spelled out, its modalities named. */
function inputWords(input: string, st: Style): Set<string> {
  const out = new Set(lower(input));
  const tokens = input.split(/[\s,;.()"]+/).filter(Boolean);
  const has = (short: string, caseSensitive: boolean | undefined): boolean =>
    tokens.some((t) => (caseSensitive ? t === short || t.startsWith(`${short}/`) || t.endsWith(`/${short}`) : t.toLowerCase() === short.toLowerCase() || t.toLowerCase().split('/').includes(short.toLowerCase()))) || input.toLowerCase().includes(` ${short.toLowerCase()} `);
  for (const e of SHORTHAND) if (has(e.short, e.caseSensitive)) for (const w of lower(e.expansion)) out.add(w);
  for (const i of INSTRUMENTS) if (i.aliases.some((a) => input.toLowerCase().includes(a))) for (const w of lower(i.fullName)) out.add(w);
  for (const m of MODALITIES) if (new RegExp(`(?<![A-Za-z])${m.acronym.replace(/[/-]/g, '\\$&')}(?![A-Za-z])`).test(input)) for (const w of lower(`${m.name} ${m.acronym}`)) out.add(w);
  for (const r of SYMBOL_RULES) {
    r.pattern.lastIndex = 0;
    if (r.pattern.test(input)) for (const w of lower(r.example[1])) if (!/^\d+$/.test(w) && !GUARDED.has(w)) out.add(w);
    r.pattern.lastIndex = 0;
  }
  for (const w of ['once', 'twice', 'three', 'four', 'five', 'six', 'seven', 'ten', 'times', 'per', 'year', 'old', 'week', 'month', 'day', 'hour', 'night']) out.add(w);
  for (const v of Object.values(st)) if (typeof v === 'string') for (const w of lower(v)) out.add(w);
  return out;
}

const stem = (w: string): string => verbForms(w)?.base ?? w;

interface Invention {
  word: string;
  why: 'number' | 'capitalised' | 'guarded';
  section: string;
  sentence: string;
}

function inventions(doc: Document, input: string, st: Style): Invention[] {
  const licensed = inputWords(input, st);
  const licensedStems = new Set([...licensed].map(stem));
  const inputNumbers = new Set(input.match(/\d+/g) ?? []);
  const out: Invention[] = [];
  for (const section of doc.sections) {
    for (const sentence of section.sentences) {
      for (const word of words(sentence.text)) {
        const w = word.toLowerCase();
        let why: Invention['why'] | undefined;
        if (/^\d+$/.test(word)) {
          if (!inputNumbers.has(word)) why = 'number';
        } else if (GUARDED.has(w)) {
          if (!licensed.has(w)) why = 'guarded';
        } else if (/^[A-Z]/.test(word)) {
          if (!licensed.has(w) && !TEMPLATE.has(w) && !licensedStems.has(stem(w))) why = 'capitalised';
        }
        if (why) out.push({ word, why, section: section.key, sentence: sentence.text });
      }
    }
  }
  return out;
}

// ---- the property ------------------------------------------------------------------------------

describe('no invention (property)', () => {
  it('the template word list holds no medication, diagnosis or number', () => {
    for (const w of TEMPLATE) {
      expect(GUARDED.has(w), w).toBe(false);
      expect(w).not.toMatch(/^\d+$/);
    }
    for (const n of NAMES) expect(TEMPLATE.has(n.toLowerCase()), n).toBe(false);
  });

  it('the checker catches an invented name, medication, diagnosis and number', () => {
    const doc = composeNote({ summary: 'pt reports better sleep', format: 'soap' });
    doc.sections[1]!.sentences.push({ text: 'Marguerite started sertraline 50 mg for bipolar.', source: [] });
    const found = inventions(doc, 'pt reports better sleep', {}).map((i) => `${i.why}:${i.word}`);
    expect(found).toEqual(expect.arrayContaining(['capitalised:Marguerite', 'guarded:sertraline', 'number:50', 'guarded:bipolar']));
  });

  it('composeNote never writes a number, name, medication or diagnosis the input lacks, in any format', () => {
    fc.assert(
      fc.property(summary, style, (input, st) => {
        for (const format of FORMAT_KEYS) {
          const doc = composeNote({ summary: input, format, style: st });
          const found = inventions(doc, input, st);
          if (found.length) throw new Error(`${format}: invented ${found.map((i) => `${i.why} "${i.word}" in ${i.section}: ${JSON.stringify(i.sentence)}`).join('; ')}\ninput: ${JSON.stringify(input)}`);
          // CPT codes belong in doc.cpt, never in the sections.
          if (doc.cpt) expect(doc.sections.map((s) => s.text).join(' ')).not.toContain(doc.cpt.code);
        }
      }),
      { numRuns: Number(process.env.NUMRUNS ?? 200) },
    );
    // 200 full compositions in every format: about 20 s alone, longer on a machine shared with other work.
  }, 180_000);

  it('a time range in the body that is not the session does not become session times or minutes', () => {
    const activity = fc.constantFrom('went to the gym', 'worked a shift', 'had a panic attack at work', 'called her sister');
    const hour = fc.integer({ min: 1, max: 11 });
    fc.assert(
      fc.property(activity, hour, fc.constantFrom('00', '30'), (what, h, m) => {
        const input = `pt reports better sleep. ${what} ${h}-${h + 1}:${m} yesterday. denies SI`;
        for (const format of ['soap', 'simple'] as const) {
          const doc = composeNote({ summary: input, format });
          const found = inventions(doc, input, {});
          if (found.length) throw new Error(`${format}: invented ${found.map((i) => `${i.why} "${i.word}" in ${i.section}: ${JSON.stringify(i.sentence)}`).join('; ')}\ninput: ${JSON.stringify(input)}`);
          expect(doc.cpt).toBeUndefined();
        }
      }),
      { numRuns: 50 },
    );
  });
});
