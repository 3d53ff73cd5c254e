// A composed Document must fit the API's own limits (DOCUMENT_LIMITS), or the answer would fail
// its schema and the clinician would see a 500. Checked in the composer's thread, beside the
// compose, so the server's event loop does nothing that grows with the note (issue 7: health
// p99 under heavy composes). Too large is the summary's doing: the answer says what is too
// large, in counts only, never the text; the server turns it into a 400.
import type { Document } from '#compose';
import { DOCUMENT_LIMITS, ZDocument } from '../store/notes/document.schema.ts';

const n = (x: number): string => x.toLocaleString('en-US');

export type DocumentCheck = { ok: true; json: string } | { ok: false; tooLarge: string } | { ok: false; invalid: true };

/** What a failed size rule means, by the path of the offending value. */
function describeTooBig(path: readonly PropertyKey[]): string | undefined {
  const p = path.map((x) => (typeof x === 'number' ? '#' : String(x))).join('.');
  switch (p) {
    case 'sections.#.sentences':
      return `a section would have more than ${n(DOCUMENT_LIMITS.sentencesPerSection)} sentences`;
    case 'sections.#.text':
      return `a section would be longer than ${n(DOCUMENT_LIMITS.sectionChars)} characters`;
    case 'sections.#.sentences.#.text':
      return `one sentence would be longer than ${n(DOCUMENT_LIMITS.sentenceChars)} characters`;
    case 'sections.#.sentences.#.source':
      return `one sentence would join more than ${n(DOCUMENT_LIMITS.sourcesPerSentence)} fragments of the summary`;
    case 'risk.protectiveFactors':
    case 'risk.safetyPlan':
      return `the risk section would list more than ${n(DOCUMENT_LIMITS.riskItems)} items`;
    case 'risk.protectiveFactors.#':
    case 'risk.safetyPlan.#':
      return `one risk item would be longer than ${n(DOCUMENT_LIMITS.riskItemChars)} characters`;
    case 'warnings':
      return `the note would raise more than ${n(DOCUMENT_LIMITS.warnings)} warnings`;
    default:
      return undefined;
  }
}

/**
 * Validates a composed document against the API's schema and limits and answers its JSON text,
 * or what is too large (counts only), or that it is invalid (the composer's fault, not the summary's).
 * @example const check = checkDocumentLimits(composeNote({ summary, format: 'soap' }));
 */
export function checkDocumentLimits(document: Document): DocumentCheck {
  const parsed = ZDocument.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.code === 'too_big');
    const what = issue ? describeTooBig(issue.path) : undefined;
    return what ? { ok: false, tooLarge: what } : { ok: false, invalid: true };
  }
  const json = JSON.stringify(parsed.data);
  if (Buffer.byteLength(json) > DOCUMENT_LIMITS.documentBytes) return { ok: false, tooLarge: `the note would be larger than ${n(DOCUMENT_LIMITS.documentBytes / 1_000_000)} MB` };
  return { ok: true, json };
}
