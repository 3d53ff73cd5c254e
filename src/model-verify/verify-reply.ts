// The verifier: a model's rewrite of a draft is accepted only if it says nothing the draft does
// not. Each reply sentence is aligned to its draft sentences (provenance survives); a sentence
// with none is marked model-added, and may carry no fact, risk word or negation of its own.
import { type Document, readSummary, type RiskRecord, type Section, type Source, type Warning } from '#compose';
import { alignSentences } from './align-sentences.ts';
import { findDates, findDiagnoses, findMedications, findNumbers, findQuotes, normalizeQuote } from './find-facts.ts';
import { CONNECTIVES } from './lexicon/connectives.ts';
import { INSTRUCTION_PATTERNS } from './lexicon/instruction-patterns.ts';
import { NEGATION_CUES } from './lexicon/negation-cues.ts';
import { RISK_STEMS } from './lexicon/risk-vocabulary.ts';
import { hasTerm, readWords } from './read-tokens.ts';
import { splitSentences } from './split-sentences.ts';
import { VERIFY_CHECKS, type VerifyCheck } from './verify-checks.ts';

/** A placeholder of model-redact's form: [CLIENT], [PERSON_2], [DATE_1]. */
const PLACEHOLDER = /\[(?:[A-Z]+(?:_\d+)?)\]/;

export interface PolishedSentence {
  text: string;
  source: Source[];
  /** The draft sentences (indexes in the draft section) this sentence came from. */
  from: number[];
  /** No draft sentence is its source: the model wrote it (connecting words only, checked). */
  modelAdded: boolean;
}

export interface PolishedSection {
  key: string;
  title: string;
  text: string;
  sentences: PolishedSentence[];
}

/**
 * A draft as the verifier reads it: the composer's Document, or one the clinician saved (whose
 * warning codes are kept as text; the verifier never reads them).
 */
export type Draft = Omit<Document, 'warnings'> & { warnings: Array<Omit<Warning, 'code'> & { code: string }> };

export type PolishedDocument = Omit<Draft, 'sections'> & { sections: PolishedSection[] };

export type VerifyResult =
  | { accepted: true; document: PolishedDocument }
  | { accepted: false; check: VerifyCheck; message: string; section?: string };

export interface VerifyReplyOptions {
  /** The composer's draft, with real names (placeholders already restored in `reply`). */
  draft: Draft;
  /** The rewritten text of each section, by key, placeholders restored. */
  reply: ReadonlyArray<{ key: string; text: string }>;
}

/**
 * Checks a model's rewrite against the draft and returns the polished document with provenance,
 * or the first check it failed.
 *
 * @example
 * const result = verifyReply({ draft, reply: [{ key: 'subjective', text: 'Client reported ...' }] });
 * if (!result.accepted) console.log(result.check); // 'medications'
 */
export function verifyReply({ draft, reply }: VerifyReplyOptions): VerifyResult {
  const replyByKey = new Map(reply.map((s) => [s.key, s.text]));
  const fail = (check: VerifyCheck, section?: Section): VerifyResult => ({
    accepted: false,
    check,
    message: `Your model's reply was discarded because ${VERIFY_CHECKS[check]}${section ? ` (${section.title})` : ''}. Your draft is unchanged.`,
    ...(section ? { section: section.key } : {}),
  });

  if (reply.length !== draft.sections.length || draft.sections.some((s) => !replyByKey.has(s.key))) return fail('sections');
  const draftText = draft.sections.map((s) => s.text).join('\n');
  const draftWords = new Set(readWords(draftText));
  const draftLower = new Set([...draftWords].map((w) => w.toLowerCase()));
  const sections: PolishedSection[] = [];

  for (const section of draft.sections) {
    const text = (replyByKey.get(section.key) ?? '').trim();
    if (section.sentences.length > 0 && !text) return fail('sections', section);
    if (PLACEHOLDER.test(text) && !PLACEHOLDER.test(section.text)) return fail('placeholders', section);
    if (INSTRUCTION_PATTERNS.some((p) => p.test(text) && !p.test(section.text))) return fail('instructions', section);
    if (section.key === 'risk' && normalize(text) !== normalize(section.text)) return fail('risk', section);

    const draftSentences = section.sentences.map((s) => s.text);
    const replySentences = splitSentences(text);
    const alignment = alignSentences(replySentences, draftSentences);
    const used = new Set(alignment.flat());
    const polished: PolishedSentence[] = [];

    for (const [i, sentence] of replySentences.entries()) {
      const from = alignment[i] ?? [];
      const sourceText = from.map((d) => draftSentences[d]).join(' ');
      // Risk words: each must be in the sentence's sources; a model-added sentence has none.
      if (RISK_STEMS.some((t) => hasTerm(sentence, t) && !hasTerm(sourceText, t))) return fail('risk', section);
      const negations = countCues(sentence);
      const sourceNegations = countCues(sourceText);
      if (negations > 0 !== sourceNegations > 0 || negations > sourceNegations) return fail('negation', section);
      const failed = checkFacts(sentence, draftText, { draftWords, draftLower });
      if (failed) return fail(failed, section);
      polished.push({ text: sentence, source: from.flatMap((d) => section.sentences[d]?.source ?? []), from, modelAdded: from.length === 0 });
    }
    // Every risk statement stays: a draft sentence with a risk word must have a successor.
    if (draftSentences.some((d, index) => !used.has(index) && RISK_STEMS.some((t) => hasTerm(d, t)))) return fail('risk', section);
    sections.push({ key: section.key, title: section.title, text, sentences: polished });
  }
  if (!sameRisk(draft.risk, readRisk(draft, replyByKey))) return fail('risk');
  return { accepted: true, document: { ...draft, sections } };
}

function checkFacts(sentence: string, draftText: string, vocab: { draftWords: Set<string>; draftLower: Set<string> }): VerifyCheck | undefined {
  const draftQuotes = normalizeQuote(draftText);
  if (findQuotes(sentence).some((q) => !draftQuotes.includes(q))) return 'quotes';
  const draftDates = new Set(findDates(draftText));
  if (findDates(sentence).some((d) => !draftDates.has(d))) return 'dates';
  const draftNumbers = new Set(findNumbers(draftText));
  if (findNumbers(sentence).some((n) => !draftNumbers.has(n))) return 'numbers';
  const draftMeds = new Set(findMedications(draftText));
  if (findMedications(sentence).some((m) => !draftMeds.has(m))) return 'medications';
  const draftDx = new Set(findDiagnoses(draftText));
  if (findDiagnoses(sentence).some((d) => !draftDx.has(d))) return 'diagnoses';
  const words = readWords(sentence);
  for (const [i, word] of words.entries()) {
    if (!/^[A-Z]/.test(word) || vocab.draftWords.has(word)) continue;
    // A capital at the start of a sentence is a name only if the draft never uses the word.
    if (i === 0 && (vocab.draftLower.has(word.toLowerCase()) || CONNECTIVES.includes(word.toLowerCase()))) continue;
    return 'names';
  }
  return undefined;
}

function countCues(text: string): number {
  return NEGATION_CUES.filter((cue) => hasTerm(text, cue)).length;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The risk the composer's reader finds in the reply's prose, beside the draft's own. */
function readRisk(draft: Draft, replyByKey: Map<string, string>): RiskRecord | undefined {
  try {
    const draftRead = readSummary(draft.sections.map((s) => s.text).join('\n')).risk;
    const replyRead = readSummary(draft.sections.map((s) => replyByKey.get(s.key) ?? '').join('\n')).risk;
    return sameRisk(draftRead, replyRead) ? draft.risk : replyRead;
  } catch {
    return undefined;
  }
}

function sameRisk(a: RiskRecord, b: RiskRecord | undefined): boolean {
  if (!b) return false;
  const keys = ['si', 'hi', 'selfHarm', 'plan', 'intent', 'means', 'threat', 'attemptHistory', 'selfHarmUrges'] as const;
  return keys.every((k) => a[k] === b[k]);
}
