// A note too large for the API is refused with a 400 that says what is too large and what to do,
// in counts only. No summary of 20,000 characters found so far makes one (the largest note is
// about 1 MB), so the documents here are built to the limits.
import { describe, expect, it } from 'vitest';
import type { Document } from '#compose';
import { AppError } from '#store';
import { checkDocumentSize } from '../../../src/server/compose/check-document-size.ts';
import { DOCUMENT_LIMITS } from '../../../src/server/compose/document.schema.ts';

function documentWith(sentences: number, sentenceText: string, sections = 1): Document {
  const list = Array.from({ length: sentences }, (_, i) => ({ text: sentenceText, source: [{ origin: 'summary' as const, start: i, end: i + 1 }] }));
  return {
    format: 'soap',
    sections: Array.from({ length: sections }, (_, i) => ({ key: `s${i}`, title: 'Section', text: list.map((x) => x.text).join(' '), sentences: list })),
    risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
    warnings: [],
  } as Document;
}

function refusal(doc: Document): AppError {
  try {
    checkDocumentSize(doc);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('checkDocumentSize', () => {
  it('answers a note within the limits as its JSON', () => {
    const doc = documentWith(3, 'Client reported better sleep.');
    expect(JSON.parse(checkDocumentSize(doc))).toEqual(doc);
  });

  it('refuses a section with too many sentences, saying how many are allowed', () => {
    const e = refusal(documentWith(DOCUMENT_LIMITS.sentencesPerSection + 1, 'Client reported x.'));
    expect(e.code).toBe('bad_request');
    expect(e.field).toBe('summary');
    expect(e.message).toBe('The note from this summary would be too large: a section would have more than 10,000 sentences. Shorten the summary or split it into separate notes.');
  });

  it('refuses a note larger than 1.5 MB, without quoting it', () => {
    // Four sections each within their own limits, together about 1.8 MB.
    const e = refusal(documentWith(1000, 'Client reported a very particular worry. '.repeat(5), 4));
    expect(e.message).toMatch(/larger than 1\.5 MB\. Shorten the summary or split it/);
    expect(e.message).not.toContain('worry');
  });
});
