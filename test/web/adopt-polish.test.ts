// Taking the model's polished wording into the note: a real composer draft, a reply checked by the
// real verifier, adopted. Provenance is kept, the model's own sentence is marked, sections the
// model did not touch stay exactly as composed, and polishing twice keeps the mark.
import { describe, expect, test } from 'vitest';
import { composeNote } from '#compose';
import { verifyReply } from '#model-verify';
import type { StoredDocument } from '../../web/src/api/types.ts';
import { adoptPolish, countModelAdded, type PolishedDocument } from '../../web/src/review/adopt-polish.ts';
import { editSentence } from '../../web/src/review/note-text.ts';

const SUMMARY = '50 min indiv. Client reported poor sleep x2 wks. Taking sertraline 50mg. Denies SI/HI. Used CBT thought record.';

function polish(draft: StoredDocument, rewrite: Record<string, string>): PolishedDocument {
  const reply = draft.sections.map((s) => ({ key: s.key, text: rewrite[s.key] ?? s.text }));
  const result = verifyReply({ draft: draft as Parameters<typeof verifyReply>[0]['draft'], reply });
  if (!result.accepted) throw new Error(`the verifier refused the test's reply: ${result.check}`);
  return result.document as PolishedDocument;
}

describe('adopting a polished draft', () => {
  const draft: StoredDocument = composeNote({ format: 'soap', summary: SUMMARY });
  const subjective = 'The client reported poor sleep over 2 weeks. The client is taking sertraline 50mg. Overall, these concerns were the focus.';

  test('the reply’s sentences replace the draft’s, each keeping its draft sources; the sentence with none is marked', () => {
    const { document, reworded, added } = adoptPolish(draft, polish(draft, { subjective }));
    const section = document.sections.find((s) => s.key === 'subjective');
    expect(section?.text).toBe(subjective);
    expect(section?.sentences.map((s) => Boolean(s.modelAdded))).toEqual([false, false, true]);
    const original = draft.sections.find((s) => s.key === 'subjective')?.sentences ?? [];
    expect(section?.sentences[0]?.source).toEqual(original[0]?.source);
    expect(section?.sentences[1]?.source).toEqual(original[1]?.source);
    expect(section?.sentences[2]?.source).toEqual([]);
    expect({ reworded, added }).toEqual({ reworded: 2, added: 1 });
    expect(countModelAdded(document)).toBe(1);
  });

  test('sections the model left alone, the risk section among them, are the composer’s own, prompts included', () => {
    const { document } = adoptPolish(draft, polish(draft, { subjective }));
    for (const key of ['session', 'objective', 'assessment', 'plan', 'risk']) {
      expect(document.sections.find((s) => s.key === key)).toBe(draft.sections.find((s) => s.key === key));
    }
    expect(document.risk).toEqual(draft.risk);
  });

  test('a reworded sentence the clinician had edited stays the clinician’s; an edited model sentence is no longer the model’s', () => {
    const edited = editSentence(draft, { sectionKey: 'subjective', index: 0, text: 'Client reported poor sleep for 2 weeks, waking at night.' });
    const { document } = adoptPolish(edited, polish(edited, { subjective: 'The client reported poor sleep over 2 weeks, waking at night. Taking sertraline 50mg. Overall, these concerns were the focus.' }));
    const sentences = document.sections.find((s) => s.key === 'subjective')?.sentences ?? [];
    expect(sentences[0]).toMatchObject({ edited: true });
    expect(sentences[0]?.modelAdded).toBeUndefined();
    const taken = editSentence(document, { sectionKey: 'subjective', index: 2, text: 'These concerns were the focus of the session.' });
    expect(taken.sections.find((s) => s.key === 'subjective')?.sentences[2]).toMatchObject({ edited: true });
    expect(countModelAdded(taken)).toBe(0);
  });

  test('polishing a polished note keeps the model’s sentence marked', () => {
    const once = adoptPolish(draft, polish(draft, { subjective })).document;
    const twice = adoptPolish(once, polish(once, { subjective: subjective.replace('over 2 weeks', 'for 2 weeks') }));
    expect(twice.document.sections.find((s) => s.key === 'subjective')?.sentences.map((s) => Boolean(s.modelAdded))).toEqual([false, false, true]);
    expect(twice.reworded).toBe(1);
  });
});
