// A composed Document must fit the API's own limits (DOCUMENT_LIMITS), or the answer would fail
// its schema and the clinician would see a 500. Too large is the summary's doing, so it is told
// as a 400 that says what is too large (counts only, never the text) and what to change.
import type { Document } from '#compose';
import { AppError } from '#store';
import { DOCUMENT_LIMITS, ZDocument } from './document.schema.ts';

const n = (x: number): string => x.toLocaleString('en-US');

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
 * Throws a 400 AppError when the composed document is larger than the API keeps; answers the
 * document as JSON text otherwise (validated once here, so the route need not do it again).
 * @example const json = checkDocumentSize(composeNote({ summary, format: 'soap' }));
 */
export function checkDocumentSize(document: Document): string {
  const parsed = ZDocument.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.code === 'too_big');
    const what = issue ? describeTooBig(issue.path) : undefined;
    // Anything but a size rule is the composer's fault, not the summary's: a real 500.
    if (!what) throw new AppError('internal', 'The composer produced a note the server cannot read');
    throw tooLarge(what);
  }
  const json = JSON.stringify(parsed.data);
  if (Buffer.byteLength(json) > DOCUMENT_LIMITS.documentBytes) throw tooLarge(`the note would be larger than ${n(DOCUMENT_LIMITS.documentBytes / 1_000_000)} MB`);
  return json;
}

function tooLarge(what: string): AppError {
  return new AppError('bad_request', `The note from this summary would be too large: ${what}. Shorten the summary or split it into separate notes.`, { field: 'summary' });
}
