// composeDocument: a clinician's template filled from a summary and/or worksheet by the composer.
// The composer reads and writes exactly as for a note; the template only says where each kind of
// sentence goes. Every sentence keeps its sources; fixed text is marked; an empty section gets a
// bracketed prompt and a warning. Nothing is added that the input or the template does not say.
import { type ComposeContext, composeWithLayout, type Document, type Layout, type Sentence, type Style } from '#compose';
import type { Worksheet } from '#worksheet';
import { toClientLanguage } from './client-language/to-client-language.ts';
import { DocumentError } from './document-error.ts';
import { fillPlaceholders, type PlaceholderValues } from './fill-placeholders.ts';
import type { TDocumentSentence, TDocumentWarning, TTemplateDocument } from './template-document.schema.ts';
import { describeTemplateIssue, type PurposeKind, type TTemplate, ZTemplate } from './template.schema.ts';

export interface ComposeDocumentOptions {
  template: unknown;
  summary?: string;
  worksheet?: Worksheet;
  style?: Style;
  context?: ComposeContext;
  /** Values for {date}, {clinician}, {credentials}; {clientTerm} defaults to the style's. */
  values?: PlaceholderValues;
}

type PlacedKind = keyof Layout['place'];
const PLACED_KINDS: readonly PlacedKind[] = ['report', 'observation', 'measure', 'goal', 'intervention', 'response', 'assessment', 'plan', 'homework'];
/**
 * What a copy for the client may hold, whatever its sections name: what was talked about, done,
 * aimed at and agreed. Observations, scores, the clinician's assessment and the client's response
 * as the clinician judged it, risk and session details stay in the clinical record.
 */
const CLIENT_KINDS: ReadonlySet<string> = new Set(['report', 'goal', 'intervention', 'plan', 'homework']);
const CLIENT_FIELDS: ReadonlySet<string> = new Set(['interventions', 'goals', 'homework', 'plan', 'nextAppointment']);
/** Where sentences of a kind no section names go; they are left out and counted in a warning. */
const LEFT_OUT = 'left-out';
/** Note audits that do not apply to other documents (an intake has no "response to interventions"). */
const NOTE_ONLY = new Set(['no_times', 'no_intervention', 'no_response', 'no_plan', 'no_modality', 'missing_section']);

const KIND_WORDS: Readonly<Record<PurposeKind, string>> = {
  report: "the client's report",
  observation: 'observations',
  measure: 'measures',
  goal: 'goals',
  intervention: 'interventions',
  response: "the client's response",
  assessment: 'your assessment',
  plan: 'the plan',
  homework: 'homework',
  risk: 'the risk assessment',
  session: 'session details',
};
const FIELD_WORDS: Readonly<Record<string, string>> = { mse: 'the mental status', interventions: 'the interventions', goals: 'the goals', response: "the client's response", progress: 'progress toward goals', homework: 'homework', plan: 'the plan', nextAppointment: 'the next appointment', diagnoses: 'the diagnoses' };

/**
 * Parses a template, naming the field of the first problem (a DocumentError).
 * @example
 * parseTemplate(JSON.parse(readFileSync('intake.json', 'utf8'))) // a TTemplate, or throws 'sections[2].purpose[0]: ...'
 */
export function parseTemplate(template: unknown): TTemplate {
  const parsed = ZTemplate.safeParse(template);
  if (parsed.success) return parsed.data;
  const { field, message } = describeTemplateIssue(parsed.error);
  throw new DocumentError('invalid_template', `The template is not valid: ${message}.`, field);
}

/**
 * Writes a document from a template.
 * @example
 * composeDocument({ template: { title: 'Summary', sections: [{ title: 'Next steps', purpose: ['plan', 'homework'] }] }, summary: 'HW: walk daily. f/u 1 wk' })
 */
export function composeDocument(options: ComposeDocumentOptions): TTemplateDocument {
  const template = parseTemplate(options.template);
  const note = composeWithLayout({ ...(options.summary !== undefined ? { summary: options.summary } : {}), ...(options.worksheet ? { worksheet: options.worksheet } : {}), ...(options.style ? { style: options.style } : {}), ...(options.context ? { context: options.context } : {}) }, templateLayout(template));
  return arrangeDocument({ template, note, ...(options.style ? { style: options.style } : {}), ...(options.values ? { values: options.values } : {}) });
}

const keyOf = (i: number): string => `s${i + 1}`;

/** The key of the section whose purpose names `entry` (a kind or worksheet.FIELD), if any. */
function owner(template: TTemplate, entry: string): string | undefined {
  if (template.audience === 'client' && !CLIENT_KINDS.has(entry) && !(entry.startsWith('worksheet.') && CLIENT_FIELDS.has(entry.slice(10)))) return undefined;
  const i = template.sections.findIndex((s) => s.purpose.includes(entry as PurposeKind));
  return i < 0 ? undefined : keyOf(i);
}

/**
 * The composer's layout for a template: one section per template section, each kind placed where
 * a purpose names it, the rest in a section that is left out. The server composes with it in its
 * worker pool (create-compose-pool.ts), then calls arrangeDocument.
 * @example
 * const note = await pool.compose(input, { layout: templateLayout(template) });
 */
export function templateLayout(template: TTemplate): Layout {
  const place = Object.fromEntries(PLACED_KINDS.map((k) => [k, owner(template, k) ?? LEFT_OUT])) as Layout['place'];
  return { sections: [...template.sections.map((s, i) => ({ key: keyOf(i), title: s.title })), { key: LEFT_OUT, title: 'Left out' }], place };
}

export interface ArrangeDocumentOptions {
  template: TTemplate;
  /** What the composer wrote with templateLayout(template). */
  note: Document;
  style?: Style;
  values?: PlaceholderValues;
}

/**
 * The template's document from what the composer wrote: fixed text, sentences by purpose, prompts.
 * @example
 * arrangeDocument({ template, note, values: { clinician: 'Dana Whitfield', credentials: 'LCSW' } })
 */
export function arrangeDocument({ template, note, style, values: given }: ArrangeDocumentOptions): TTemplateDocument {
  // What the composer wrote, by its section; bracketed prompts of sections we own are ours to write.
  const written = new Map(note.sections.map((s) => [s.key, s.sentences.filter((x) => x.source.length > 0 || !/^\[Not documented/.test(x.text))]));
  const take = (key: string): Sentence[] => written.get(key)?.splice(0) ?? [];
  // A worksheet field named in a purpose pulls its sentences from wherever its kind put them.
  const byField = new Map<number, Sentence[]>();
  const forClient = template.audience === 'client';
  template.sections.forEach((s, i) => {
    const fields = s.purpose.filter((p) => p.startsWith('worksheet.') && owner(template, p) !== undefined).map((p) => p.slice(10));
    if (!fields.length) return;
    const pulled: Sentence[] = [];
    for (const sentences of written.values()) {
      for (let j = sentences.length - 1; j >= 0; j--) {
        if (sentences[j]!.source.some((src) => 'field' in src && src.origin === 'worksheet' && fields.some((f) => src.field === f || src.field.startsWith(`${f}.`)))) pulled.unshift(...sentences.splice(j, 1));
      }
    }
    byField.set(i, pulled);
  });

  const values: PlaceholderValues = { clientTerm: style?.clientTerm, date: note.session?.date, ...stripEmpty(given) };
  // The client's copy: each sentence in the second person and plain words, or left out and counted.
  let notPlain = 0;
  const terms = { clientTerm: style?.clientTerm, clinicianTerm: style?.clinicianTerm, pronouns: style?.pronouns };
  const inPlainWords = (composed: Sentence[]): Sentence[] =>
    composed.flatMap((x) => {
      if (!x.source.length) return [x];
      const text = toClientLanguage(x.text, terms);
      if (text === null) notPlain++;
      return text === null ? [] : [{ text, source: x.source }];
    });
  // Safety warnings always stand; "no risk assessment" only when the template has a risk section.
  const warnings: TDocumentWarning[] = note.warnings.filter((w) => !NOTE_ONLY.has(w.code) && (w.code !== 'no_risk' || owner(template, 'risk') !== undefined)).map(({ code, message }) => ({ code, message }));
  const sections = template.sections.map((s, i) => {
    const sentences: TDocumentSentence[] = [];
    if (s.fixedText?.trim()) sentences.push({ text: fillPlaceholders(s.fixedText, values), source: [], fixed: true });
    const composed = [...(s.purpose.includes('session') && !forClient ? take('session') : []), ...take(keyOf(i)), ...(byField.get(i) ?? []), ...(s.purpose.includes('risk') && !forClient ? take('risk') : [])];
    const fromInput = forClient ? inPlainWords(composed) : composed;
    sentences.push(...fromInput.map(({ text, source }) => ({ text, source })));
    if (s.purpose.length && !fromInput.some((x) => x.source.length)) {
      const wants = s.purpose.map((p) => (p.startsWith('worksheet.') ? `${FIELD_WORDS[p.slice(10)] ?? p.slice(10)} (worksheet)` : KIND_WORDS[p as PurposeKind]));
      const title = fillPlaceholders(s.title, values);
      // In the client's copy, input that was there but could not be put in plain words is not "not documented".
      const unsaid = forClient && composed.some((x) => x.source.length > 0);
      if (!fromInput.length) sentences.push({ text: unsaid ? '[Add in your own words: what your summary says here could not be put safely in plain words.]' : `[Not documented: add ${joinWords(wants)}.]`, source: [] });
      warnings.push({ code: 'missing_section', message: unsaid ? `The ${title} section: nothing from your input here could be put safely in plain words.` : `The ${title} section has nothing from your input.`, section: keyOf(i) });
    }
    return { key: keyOf(i), title: fillPlaceholders(s.title, values), text: joinSentences(sentences), sentences };
  });
  if (notPlain) {
    warnings.push({
      code: 'not_plain',
      message: `${notPlain} sentence${notPlain === 1 ? '' : 's'} could not be put safely into plain words for the client and ${notPlain === 1 ? 'was' : 'were'} left out (risk wording, a code, a clinical term, or a "she" or "he" that could be someone else). Add ${notPlain === 1 ? 'it' : 'them'} in your own words if the client should have ${notPlain === 1 ? 'it' : 'them'}.`,
    });
  }
  const leftOut = [...written.values()].flat().filter((x) => x.source.length > 0).length;
  if (leftOut) {
    warnings.push({
      code: 'left_out',
      message: template.audience === 'client' ? `${leftOut} sentence${leftOut === 1 ? ' was' : 's were'} left out of this copy for the client: only what its sections name is included.` : `${leftOut} sentence${leftOut === 1 ? '' : 's'} from your input fit no section of this template: add a section whose purpose names them, or leave them out on purpose.`,
    });
  }
  return { title: fillPlaceholders(template.title, values), audience: template.audience ?? 'clinician', sections, warnings };
}

function stripEmpty(values: PlaceholderValues | undefined): PlaceholderValues {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, v]) => typeof v === 'string' && v.trim())) as PlaceholderValues;
}

function joinWords(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Fixed text keeps its own lines; a prompt stands on its own line, as in a note. */
function joinSentences(sentences: readonly TDocumentSentence[]): string {
  return sentences.map((x, i) => (i === 0 ? x.text : x.fixed || x.text.startsWith('[') || sentences[i - 1]!.fixed ? `\n${x.text}` : ` ${x.text}`)).join('');
}
