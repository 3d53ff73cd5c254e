// A note too large for the API is refused, saying what is too large in counts only (the server
// answers it as a 400 that says what to do). No summary of 20,000 characters found so far makes one (the largest note is
// about 1 MB), so the documents here are built to the limits.
import { describe, expect, it } from 'vitest';
import type { Document } from '#compose';
import { checkDocumentLimits } from '../../src/compose-pool/check-document-limits.ts';
import { DOCUMENT_LIMITS } from '../../src/server/compose/document.schema.ts';

function documentWith(sentences: number, sentenceText: string, sections = 1): Document {
  const list = Array.from({ length: sentences }, (_, i) => ({ text: sentenceText, source: [{ origin: 'summary' as const, start: i, end: i + 1 }] }));
  return {
    format: 'soap',
    sections: Array.from({ length: sections }, (_, i) => ({ key: `s${i}`, title: 'Section', text: list.map((x) => x.text).join(' '), sentences: list })),
    risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
    warnings: [],
  } as Document;
}

function refusal(doc: Document): string {
  const check = checkDocumentLimits(doc);
  if (check.ok || !('tooLarge' in check)) throw new Error('not refused as too large');
  return check.tooLarge;
}

describe('checkDocumentLimits', () => {
  it('answers a note within the limits as its JSON', () => {
    const doc = documentWith(3, 'Client reported better sleep.');
    const check = checkDocumentLimits(doc);
    expect(check.ok && JSON.parse(check.json)).toEqual(doc);
  });

  it('refuses a section with too many sentences, saying how many are allowed', () => {
    expect(refusal(documentWith(DOCUMENT_LIMITS.sentencesPerSection + 1, 'Client reported x.'))).toBe('a section would have more than 10,000 sentences');
  });

  it('refuses a note larger than 1.5 MB, without quoting it', () => {
    // Four sections each within their own limits, together about 1.8 MB.
    const what = refusal(documentWith(1000, 'Client reported a very particular worry. '.repeat(5), 4));
    expect(what).toBe('the note would be larger than 1.5 MB');
    expect(what).not.toContain('worry');
  });

  it("calls a document that breaks a rule other than size invalid (the composer's fault, not the summary's)", () => {
    const doc = { ...documentWith(1, 'Client reported x.'), format: 'not-a-format' } as unknown as Document;
    expect(checkDocumentLimits(doc)).toEqual({ ok: false, invalid: true });
  });
});
