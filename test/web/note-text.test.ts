// The review page's pure operations on a note: edits, prompts, and regeneration that keeps what
// the clinician wrote. (The plain text for the EHR: test/note-export/render-note-text.test.ts.)
import { describe, expect, test } from 'vitest';
import type { StoredDocument } from '../../web/src/api/types.ts';
import { keepEdits, sentencesNeedingMeaning } from '../../web/src/review/keep-edits.ts';
import { addSentence, countEdits, editSentence, isWarningAddressed, sectionsWithPrompts } from '../../web/src/review/note-text.ts';
import { sectionsWithSameMeaning } from '../../web/src/review/section-meaning.ts';
import { cutSummary } from '../../web/src/compose/cut-summary.ts';
import { summarySegments } from '../../web/src/review/summary-segments.ts';
import { fieldMatches, worksheetItems } from '../../web/src/review/worksheet-items.ts';

const risk = { si: 'denied', hi: 'denied', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] } as const;

function soap(): StoredDocument {
  return {
    format: 'soap',
    risk: { ...risk, protectiveFactors: [], safetyPlan: [] },
    warnings: [{ code: 'no_plan', message: 'No plan is documented.', section: 'plan' }],
    sections: [
      {
        key: 'subjective',
        title: 'Subjective',
        text: 'Client reported better sleep. Client reported worry about work.',
        sentences: [
          { text: 'Client reported better sleep.', source: [{ origin: 'summary', start: 0, end: 20 }] },
          { text: 'Client reported worry about work.', source: [{ origin: 'summary', start: 22, end: 40 }] },
        ],
      },
      { key: 'plan', title: 'Plan', text: '[Not documented: add the plan.]', sentences: [{ text: '[Not documented: add the plan.]', source: [] }] },
    ],
  };
}

describe('editing a note', () => {
  test('an edited sentence is marked as the clinician’s and the section text follows', () => {
    const doc = editSentence(soap(), { sectionKey: 'subjective', index: 0, text: 'Client said sleep is now six hours.' });
    expect(doc.sections[0]!.sentences[0]).toMatchObject({ text: 'Client said sleep is now six hours.', edited: true });
    expect(doc.sections[0]!.text).toBe('Client said sleep is now six hours. Client reported worry about work.');
    expect(countEdits(doc)).toBe(1);
  });

  test('an emptied sentence is removed', () => {
    const doc = editSentence(soap(), { sectionKey: 'subjective', index: 1, text: null });
    expect(doc.sections[0]!.sentences.map((s) => s.text)).toEqual(['Client reported better sleep.']);
  });

  test('adding a sentence to a section replaces its bracketed prompt and addresses its warning', () => {
    expect(sectionsWithPrompts(soap())).toEqual(['Plan']);
    expect(isWarningAddressed(soap(), 'plan')).toBe(false);
    const doc = addSentence(soap(), { sectionKey: 'plan', text: 'Follow up in one week.' });
    expect(doc.sections[1]!.text).toBe('Follow up in one week.');
    expect(sectionsWithPrompts(doc)).toEqual([]);
    expect(isWarningAddressed(doc, 'plan')).toBe(true);
  });
});

describe('regenerating without losing edits', () => {
  test('an edited sentence replaces the new sentence written from the same words', () => {
    const edited = editSentence(soap(), { sectionKey: 'subjective', index: 0, text: 'Mine.' });
    const merged = keepEdits(edited, soap()).document;
    expect(merged.sections[0]!.sentences.map((s) => s.text)).toEqual(['Mine.', 'Client reported worry about work.']);
  });

  test('in another format an edit lands in the section holding the same source words', () => {
    const edited = editSentence(soap(), { sectionKey: 'subjective', index: 0, text: 'Mine.' });
    const dap: StoredDocument = {
      ...soap(),
      format: 'dap',
      sections: [
        { key: 'data', title: 'Data', text: 'x', sentences: [{ text: 'Client reported sleep.', source: [{ origin: 'summary', start: 5, end: 15 }] }] },
        { key: 'plan', title: 'Plan', text: 'y', sentences: [{ text: 'Plan.', source: [] }] },
      ],
    };
    const merged = keepEdits(edited, dap).document;
    expect(merged.sections[0]!.sentences.map((s) => s.text)).toEqual(['Client reported sleep.', 'Mine.']);
  });
});

describe('keeping edits across formats, by what each section means', () => {
  test('section meanings come from the format definitions', () => {
    expect(sectionsWithSameMeaning({ format: 'soap', section: 'subjective' }, 'dap')).toEqual(['data']);
    expect(sectionsWithSameMeaning({ format: 'soap', section: 'subjective' }, 'pirp')).toEqual(['problem']);
    expect(sectionsWithSameMeaning({ format: 'soap', section: 'subjective' }, 'girp')).toEqual(['response']);
    expect(sectionsWithSameMeaning({ format: 'soap', section: 'objective' }, 'girp')).toEqual(['response', 'intervention']);
    expect(sectionsWithSameMeaning({ format: 'birp', section: 'intervention' }, 'soap')).toEqual(['objective']);
    expect(sectionsWithSameMeaning({ format: 'girp', section: 'goal' }, 'soap')).toEqual(['assessment']);
    expect(sectionsWithSameMeaning({ format: 'soap', section: 'risk' }, 'simple')).toEqual(['risk']);
  });

  const soapEdited = (): StoredDocument => ({
    format: 'soap',
    risk: { ...risk, protectiveFactors: [], safetyPlan: [] },
    warnings: [],
    sections: [
      { key: 'subjective', title: 'Subjective', text: '', sentences: [{ text: 'Client said sleep is better.', source: [{ origin: 'summary', start: 0, end: 10 }], edited: true }] },
      {
        key: 'objective',
        title: 'Objective',
        text: '',
        sentences: [
          { text: 'Client was tense.', source: [{ origin: 'summary', start: 12, end: 20 }] },
          { text: 'Therapist taught box breathing.', source: [{ origin: 'summary', start: 22, end: 40 }], edited: true },
          { text: 'Therapist used grounding.', source: [], edited: true },
        ],
      },
      { key: 'plan', title: 'Plan', text: '', sentences: [{ text: 'Follow up in a week.', source: [{ origin: 'summary', start: 42, end: 50 }] }] },
    ],
  });
  const girp = (): StoredDocument => ({
    format: 'girp',
    risk: { ...risk, protectiveFactors: [], safetyPlan: [] },
    warnings: [],
    sections: [
      { key: 'goal', title: 'Goal', text: '', sentences: [{ text: '[Not documented: add the goal.]', source: [] }] },
      { key: 'intervention', title: 'Intervention', text: '', sentences: [{ text: 'Breathing was practiced.', source: [{ origin: 'summary', start: 22, end: 40 }] }] },
      {
        key: 'response',
        title: 'Response',
        text: '',
        sentences: [
          { text: 'Client reported better sleep.', source: [{ origin: 'summary', start: 0, end: 10 }] },
          { text: 'Client was tense.', source: [{ origin: 'summary', start: 12, end: 20 }] },
        ],
      },
      { key: 'plan', title: 'Plan', text: '', sentences: [{ text: 'Follow up in a week.', source: [{ origin: 'summary', start: 42, end: 50 }] }] },
    ],
  });

  test('SOAP to GIRP: a report goes to Response, an intervention to Intervention, each replacing the sentence from its words', () => {
    const { document, placements } = keepEdits(soapEdited(), girp(), { meanings: new Map([['Therapist used grounding.', 'intervention']]) });
    const texts = (key: string): string[] => document.sections.find((s) => s.key === key)!.sentences.map((s) => s.text);
    expect(texts('intervention')).toEqual(['Therapist taught box breathing.', 'Therapist used grounding.']);
    expect(texts('response')).toEqual(['Client said sleep is better.', 'Client was tense.']);
    expect(placements).toEqual([
      { text: 'Client said sleep is better.', from: 'Subjective', to: 'Response' },
      { text: 'Therapist taught box breathing.', from: 'Objective', to: 'Intervention' },
      { text: 'Therapist used grounding.', from: 'Objective', to: 'Intervention' },
    ]);
  });

  test('only a sentence whose section splits and whose words are not found needs the composer’s reading', () => {
    expect(sentencesNeedingMeaning(soapEdited(), girp())).toEqual(['Therapist used grounding.']);
    // Without a reading it goes to the first section with its old section's meaning, never lost.
    const { placements } = keepEdits(soapEdited(), girp());
    expect(placements.at(-1)).toEqual({ text: 'Therapist used grounding.', from: 'Objective', to: 'Response' });
  });
});

describe('a summary longer than a note takes', () => {
  test('is cut at a word, saying how much goes and the last words kept', () => {
    const text = `${'word '.repeat(10)}tail end here`;
    const cut = cutSummary(text, 60)!;
    expect(cut.kept.endsWith('tail end')).toBe(true);
    expect(cut.cutChars).toBe(text.length - cut.kept.length);
    expect(cut.lastWordsKept.endsWith('word tail end')).toBe(true);
    expect(cut.firstWordsCut).toBe('here');
    expect(cutSummary('short', 20)).toBeNull();
  });
});

describe('showing the source', () => {
  test('the summary is split into marked and unmarked runs', () => {
    const segments = summarySegments('abcdefghij', [{ start: 2, end: 4 }, { start: 3, end: 6 }]);
    expect(segments).toEqual([
      { text: 'ab', start: 0, marked: false, unused: false },
      { text: 'cdef', start: 2, marked: true, unused: false },
      { text: 'ghij', start: 6, marked: false, unused: false },
    ]);
  });

  test('words no sentence was written from are flagged, spaces and punctuation are not', () => {
    const segments = summarySegments('Slept well. Saw mother.', [], [{ start: 0, end: 10 }]);
    expect(segments.filter((s) => s.unused).map((s) => s.text)).toEqual(['. Saw mother.']);
    expect(summarySegments('Slept well. ', [], [{ start: 0, end: 10 }]).some((s) => s.unused)).toBe(false);
  });

  test('out-of-range spans are clipped, never thrown', () => {
    expect(summarySegments('abc', [{ start: 2, end: 99 }]).map((s) => s.marked)).toEqual([false, true]);
  });

  test('worksheet items carry the field paths the composer cites', () => {
    const items = worksheetItems({ minutes: 50, mse: { mood: ['anxious'] }, interventions: [{ modality: 'CBT', name: 'thought record' }], risk: { si: 'denied' } });
    expect(items.map((i) => i.field)).toEqual(['minutes', 'mse.mood', 'interventions.CBT.0', 'risk.si']);
    expect(fieldMatches('mse.mood', 'mse.mood')).toBe(true);
    expect(fieldMatches('mse', 'mse.mood')).toBe(true);
    expect(fieldMatches('interventions.CBT', 'interventions.CBT.0')).toBe(true);
    expect(fieldMatches('interventions.DBT', 'interventions.CBT.0')).toBe(false);
    expect(fieldMatches('mse.mood', 'mse.affect')).toBe(false);
  });
});
