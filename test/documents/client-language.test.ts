// The client's copy in plain language (issue 10): composed clinical sentences reframed in the
// second person with the plain-language lexicon, or left out. For 16 summaries of our own: every
// sentence from the input is addressed to the client ("you", "we", "I" for the clinician), holds no
// code, no abbreviation, no term the lexicon replaces, no risk wording or clinician-only words, and
// no word that is neither in the composed note nor in the lexicon's own frames and plain words.
import { describe, expect, it } from 'vitest';
import { composeNote } from '#compose';
import { composeDocument, STARTERS } from '#documents';
import { CLINICIAN_ONLY, CODE_PATTERNS, FRAMES, JARGON, PLAIN_TERMS } from '../../src/documents/client-language/plain-language-lexicon.ts';
import { isClinicianOnly, toClientLanguage } from '../../src/documents/client-language/to-client-language.ts';

const STARTER = STARTERS.find((s) => s.id === 'client-session-summary')!.template;

/** Each summary with sentences the client's copy must hold, and words it must not. */
const CASES: { summary: string; says: string[]; never: RegExp[]; pronouns?: 'she' | 'he' | 'they' }[] = [
  { summary: 'pt reports feeling less anxious at work. we practiced grounding. HW: 5-4-3-2-1 grounding when anxious. f/u 2 wks.', says: ['You talked about feeling less anxious at work.', 'We practiced grounding.', 'To try before next time: 5-4-3-2-1 grounding when anxious.', 'We will meet again in 2 weeks.'], never: [] },
  { summary: 'Client described an argument with her partner. Therapist validated feelings. Client agreed to try a time-out when arguments escalate. Continue weekly sessions.', says: ['We will continue weekly sessions.'], never: [/her partner/, /validated/] },
  { summary: 'Client reports drinking 2-3 beers most nights, wants to cut down. Used MI to explore ambivalence. Client will track drinks daily. Consider referral to IOP.', says: ['You will track drinks daily.', 'We will think about referral to a more intensive treatment program.'], never: [/\bwants\b/, /\bIOP\b/] },
  { summary: 'Reviewed HW; pt completed 3 thought records. Identified catastrophizing re health. Client will continue thought records. Next session: behavioral activation.', says: ['You will continue thought records.'], never: [/catastrophizing/i] },
  { summary: 'pt tearful, reports grief since father died in June. Provided psychoeducation on grief. Pt plans to visit the cemetery with her brother. F43.21. 90834.', says: ['I provided information on grief.'], never: [/tearful/, /F43/, /90834/, /her brother/] },
  { summary: 'Goal: sleep 7 hours a night. Client reports sleeping 5 hours. Therapist taught sleep hygiene. Homework: keep a sleep diary. Follow-up in 2 weeks.', says: ['Your goal: sleep 7 hours a night.', 'You talked about sleeping 5 hours.', 'I taught healthy sleep habits.', 'To try before next time: keep a sleep diary.', 'We will meet again in 2 weeks.'], never: [/hygiene/] },
  { summary: 'Client reported passive SI this week, no plan or intent. Completed C-SSRS. Safety plan updated. Client agreed to call 988 if urges increase. Follow up 1 week.', says: [], never: [/suicid|ideation|safety plan|C-SSRS|intent|988/i] },
  { summary: 'GAD-7 14 (was 17). Client discussed worry about finances. Therapist introduced worry time. Client will practice worry time daily for 15 minutes. Continue CBT.', says: ['You talked about worry about finances.', 'I introduced worry time.', 'You will practice worry time daily for 15 minutes.', 'We will continue therapy that works on thoughts and actions.'], never: [/GAD|Generalized Anxiety|\b14\b|\b17\b/] },
  { summary: 'Client practiced DBT distress tolerance skills (TIPP). Client identified 2 triggers for urges. Homework: diary card daily. Continue DBT skills group.', says: ['You identified 2 triggers for urges.', 'To try before next time: diary card daily.'], never: [/TIPP|DBT|dialectical/] },
  { summary: 'Couples session. Partners discussed division of chores. Therapist modeled active listening. Plan: each partner to share one appreciation daily. f/u 1 wk.', says: ['I modeled active listening.', 'We will meet again in 1 week.'], never: [] },
  { summary: 'Client reports nightmares 3x/wk. Continued trauma narrative. Client tolerated well. Client will practice imaginal exposure recordings daily. Continue CPT.', says: ['You talked about nightmares three times per week.', 'You will practice recordings of the feared memory daily.', 'We will continue therapy for working through a trauma.'], never: [/tolerated/, /imaginal/, /\bCPT\b/] },
  { summary: 'Intake 60 min. reports poor sleep since job loss. goal: get back to work. plan: weekly CBT, refer for med eval.', says: ['You talked about poor sleep since job loss.', 'Your goal: get back to work.', 'Next: weekly therapy that works on thoughts and actions.', 'I will refer you for a medication check with a doctor.'], never: [/\bCBT\b|med eval/] },
  { summary: 'pt reports improved mood, walked 4 times this week. Reviewed behavioral activation schedule. pt will add one social activity. PHQ-9 8. Dx F33.1.', says: ['You will add one social activity.'], never: [/PHQ|F33|Patient Health|\bDx\b|diagnos/i] },
  { summary: 'Client discussed conflict with boss. Explored assertive communication. Role-played asking for a schedule change. Client will ask manager for a meeting this week. Follow-up 1 week.', says: ['You talked about conflict with boss.', 'You will ask manager for a meeting this week.', 'We will meet again in 1 week.'], never: [/role-play/i] },
  { summary: 'Client reports panic attack on the bus. Practiced diaphragmatic breathing. Client was encouraged to ride the bus twice this week. Next session: review exposure practice.', says: ['You talked about panic attack on the bus.', 'You were encouraged to ride the bus twice this week.'], never: [/diaphragmatic/] },
  { summary: 'Teen client reports fights with mom about phone use. Therapist and client made a list of coping skills. Client will use one coping skill when upset. Family session next week.', says: ['We made a list of ways to cope.', 'You will use one coping skill when upset.'], never: [] },
  { summary: 'Client reports less rumination. Used ACT defusion exercise. Client will practice leaves on a stream daily. Mood euthymic, affect full range. Continue weekly therapy.', says: ['You will practice leaves on a stream daily.', 'We will continue weekly therapy.'], never: [/defusion|euthymic|affect|\bACT\b/i] },
  { summary: 'Client discussed conflict with her mother about the holidays. I used CBT to challenge all-or-nothing thinking. We role-played a boundary conversation. Continue weekly CBT. Dx F41.1, 90837.', pronouns: 'she', says: ['You talked about conflict with your mother about the holidays.', 'We acted out a boundary conversation.'], never: [/F41|90837|Diagnosis/] },
];

const words = (text: string): string[] => text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
const LEXICON_WORDS = new Set([...FRAMES.flatMap((f) => words(f.write)), ...PLAIN_TERMS.flatMap((t) => words(t.plain)), 'you', 'your', 'we', 'i']);

describe('the session summary for the client, in plain language', () => {
  it('has 15 or more summaries of our own', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  for (const [n, c] of CASES.entries()) {
    it(`summary ${n + 1}: second person, plain words, no codes, nothing invented`, () => {
      const style = c.pronouns ? { pronouns: c.pronouns } : {};
      const doc = composeDocument({ template: STARTER, summary: c.summary, style, values: { date: 'December 1, 2026', clinician: 'Dana Reyes, LCSW' } });
      const fromInput = doc.sections.flatMap((s) => s.sentences.filter((x) => !x.fixed && x.source.length > 0).map((x) => x.text));
      for (const expected of c.says) expect(fromInput).toContain(expected);
      const note = composeNote({ summary: c.summary, format: 'simple', style });
      const noteWords = new Set(note.sections.flatMap((s) => words(s.text)));
      for (const sentence of fromInput) {
        expect(sentence, 'addressed to the client').toMatch(/^(You|We|I|Your|To try before next time|Next session|Next)\b|^[A-Z][a-z -]+ (was|were) /);
        expect(sentence).not.toMatch(/\b(client|patient|therapist|clinician|she|he|they|her|his|their)\b/i);
        expect(sentence, 'no abbreviation or code').not.toMatch(/\b[A-Z]{2,}\b/);
        for (const code of CODE_PATTERNS) expect(sentence).not.toMatch(code.pattern);
        expect(isClinicianOnly(sentence), 'no risk, diagnosis or assessment wording').toBe(false);
        for (const { term } of PLAIN_TERMS) expect(sentence.toLowerCase(), `"${term}" is in plain words`).not.toMatch(new RegExp(`\\b${term.toLowerCase()}\\b`));
        for (const jargon of JARGON) expect(sentence.toLowerCase()).not.toMatch(new RegExp(`\\b${jargon}`));
        const invented = words(sentence).filter((w) => !noteWords.has(w) && !LEXICON_WORDS.has(w));
        expect(invented, `words in "${sentence}" that neither the note nor the lexicon has`).toEqual([]);
      }
      const all = doc.sections.flatMap((s) => s.sentences.filter((x) => !x.fixed).map((x) => x.text)).join('\n');
      for (const never of c.never) expect(all).not.toMatch(never);
    });
  }

  it('keeps each sentence’s sources, and counts what it left out in a warning', () => {
    const summary = CASES[6]!.summary;
    const doc = composeDocument({ template: STARTER, summary });
    expect(doc.warnings.find((w) => w.code === 'not_plain')?.message).toMatch(/^\d+ sentences? could not be put safely into plain words for the client/);
    // A section whose input was all left out says so, rather than that nothing was documented.
    const partner = composeDocument({ template: STARTER, summary: CASES[1]!.summary });
    const talked = partner.sections.find((s) => s.title === 'What we talked about')!;
    expect(talked.text).toBe('[Add in your own words: what your summary says here could not be put safely in plain words.]');
    expect(partner.warnings).toContainEqual({ code: 'missing_section', message: 'The What we talked about section: nothing from your input here could be put safely in plain words.', section: talked.key });
    const sleep = composeDocument({ template: STARTER, summary: CASES[5]!.summary });
    const goal = sleep.sections.flatMap((s) => s.sentences).find((x) => x.text === 'Your goal: sleep 7 hours a night.')!;
    const span = goal.source[0]!;
    expect('start' in span ? CASES[5]!.summary.slice(span.start, span.end) : '').toMatch(/sleep 7 hours a night/);
  });

  it('never gives a client observations, scores, the assessment or risk, even when the template names them', () => {
    const template = { title: 'Everything', audience: 'client' as const, sections: [{ title: 'All', purpose: ['report', 'observation', 'measure', 'assessment', 'response', 'risk', 'session'] }] };
    const doc = composeDocument({ template, summary: '53 min indiv. pt reports better week. pt tearful. PHQ-9 12. impression: improving. pt receptive. denies SI/HI.' });
    expect(doc.sections[0]!.sentences.filter((x) => x.source.length).map((x) => x.text)).toEqual(['You talked about better week.']);
  });
});

describe('the plain-language lexicon (data)', () => {
  it('turns each frame’s example into what the example says', () => {
    for (const frame of FRAMES) expect(toClientLanguage(frame.example.from), frame.id).toBe(frame.example.to);
  });

  it('lists each term once, and no plain words that are themselves clinician-only or jargon', () => {
    const terms = PLAIN_TERMS.map((t) => t.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const { term, plain } of PLAIN_TERMS) {
      expect(isClinicianOnly(plain), term).toBe(false);
      for (const jargon of JARGON) expect(plain.toLowerCase(), term).not.toMatch(new RegExp(`\\b${jargon}`));
    }
    const stems = CLINICIAN_ONLY.flatMap((g) => g.stems);
    expect(new Set(stems).size).toBe(stems.length);
    for (const code of CODE_PATTERNS) expect(code.example).toMatch(code.pattern);
  });

  it('leaves out what it cannot say safely instead of mangling it', () => {
    expect(toClientLanguage('She will practice assertive statements twice this week.')).toBeNull();
    expect(toClientLanguage('Client reported Diagnosis F41.1, 90837.')).toBeNull();
    expect(toClientLanguage('Client denied suicidal ideation and homicidal ideation.')).toBeNull();
    expect(toClientLanguage('Client presented as guarded.')).toBeNull();
    expect(toClientLanguage('Therapist validated feelings.')).toBeNull();
    expect(toClientLanguage('[Not documented: add the plan.]')).toBeNull();
    expect(toClientLanguage('Client reported drinking most nights and wants to cut down.')).toBeNull();
    // "her" is the client's only when the client's pronouns are on file and no one else is named before it.
    expect(toClientLanguage('Client discussed her sleep.', { pronouns: 'she' })).toBe('You talked about your sleep.');
    expect(toClientLanguage('Client discussed her sleep.')).toBeNull();
    expect(toClientLanguage('Client discussed her mother and her sister.', { pronouns: 'she' })).toBeNull();
    expect(toClientLanguage('Sam will walk daily.', { clientTerm: 'Sam' })).toBe('You will walk daily.');
  });
});
