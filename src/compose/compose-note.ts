// composeNote: summary and/or worksheet + format + style -> Document. Pure: no I/O.
import { ZWorksheet, worksheetFacts, worksheetRisk, worksheetSession } from '../worksheet/index.ts';
import { ComposeError } from './compose-error.ts';
import { FORMAT_KEYS, type Layout } from './formats/formats.ts';
import { findSubject } from './read/classify-clause.ts';
import { readSummary } from './read/read-summary.ts';
import { emptyRisk } from './read/extract-risk.ts';
import { ZStyle } from './style.schema.ts';
import { foldAccents } from './text/fold-accents.ts';
import { foldInnerCapitals } from './text/fold-inner-capitals.ts';
import { markModalities } from './text/modality-mentions.ts';
import type { ComposeInput, Document, Fact, FormatKey, SessionRecord, Style, Warning } from './types.ts';
import { writeDocument } from './write/write-document.ts';

/**
 * A note format's key from what a clinician, a file or a request gave: trimmed, any case. An
 * unknown format is a ComposeError ('unknown_format') that lists the formats there are.
 * @example
 * parseFormat(' SOAP ') // 'soap'
 * parseFormat('narrative') // throws ComposeError: Unknown format "narrative". Use one of: soap, dap, ...
 */
export function parseFormat(format: unknown): FormatKey {
  const key = String(format ?? '').trim().toLowerCase();
  if ((FORMAT_KEYS as readonly string[]).includes(key)) return key as FormatKey;
  throw new ComposeError('unknown_format', `Unknown format "${String(format).slice(0, 20)}". Use one of: ${FORMAT_KEYS.join(', ')}.`, 'format');
}

/**
 * Writes a progress note from a clinician's post-session summary and/or worksheet.
 * @example
 * composeNote({ summary: '50 min indiv. pt reports better sleep. denies SI/HI. plan: f/u 1 wk', format: 'soap' })
 * A `layout` replaces the format's sections and placement (composeWithLayout, compose-layout.ts).
 */
export function composeNote(input: ComposeInput, layout?: Layout): Document {
  const format = parseFormat(input.format);
  const summary = input.summary?.trim() ? input.summary : undefined;
  if (!summary && !input.worksheet) throw new ComposeError('empty_input', 'Nothing to write from: give a summary, a worksheet, or both.');
  const parsed = input.worksheet ? ZWorksheet.safeParse(input.worksheet) : undefined;
  if (parsed && !parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'worksheet';
    throw new ComposeError('invalid_worksheet', `Worksheet field "${field}": ${issue.message}.`, field);
  }
  // The profile's pronouns are how the summary refers to the client; the style's are how the note does.
  const pronouns = input.context?.profile?.pronouns;
  const style = parseStyle(input.style);
  // Read with its accents folded ("José" as "Jose") and its names' inner capitals too ("DeShawn" as "Deshawn"),
  // written with both given back.
  const unaccented = summary ? foldAccents(summary) : undefined;
  const uncapped = unaccented ? foldInnerCapitals(unaccented.text) : undefined;
  const folded = unaccented && uncapped ? { text: uncapped.text, restore: (written: string) => unaccented.restore(uncapped.restore(written)) } : undefined;
  const record: SessionRecord = folded
    ? readSummary(folded.text, { ...(pronouns ? { pronouns } : {}) })
    : { session: { participants: [] }, facts: [], risk: emptyRisk(), interventions: [], goals: [], measures: [], diagnoses: [] };
  const warnings: Warning[] = [];
  if (parsed?.success) mergeWorksheet(record, parsed.data, warnings);
  addContext(record, input.context);
  const document = writeDocument({ record, format, ...(style ? { style } : {}), warnings, ...(layout ? { layout } : {}) });
  return folded ? restoreAccents(document, folded.restore) : document;
}

/** Every string of the written document, its folded words given their accents back. */
function restoreAccents<T>(value: T, restore: (written: string) => string): T {
  if (typeof value === 'string') return restore(value) as T;
  if (Array.isArray(value)) return value.map((v) => restoreAccents(v, restore)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreAccents(v, restore)])) as T;
  return value;
}

/** A style from a file, the API or settings: a bad field is named, never silently ignored. */
function parseStyle(style: unknown): Style | undefined {
  if (style === undefined || style === null) return undefined;
  const parsed = ZStyle.safeParse(style);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'style';
  const message = issue.code === 'unrecognized_keys' ? `Unknown style field "${issue.keys.join('", "')}". Use clientTerm, pronouns, clinicianTerm, tense, length, keepQuotes or pirpLast.` : `Style field "${field}": ${issue.message}.`;
  throw new ComposeError('invalid_style', message, issue.code === 'unrecognized_keys' ? `style.${issue.keys[0]}` : `style.${field}`);
}

/**
 * The client's stored context, marked as such: the diagnoses on file, the plan goals ticked as
 * addressed, and the homework set last time when the summary says it was reviewed without naming
 * it. Nothing else is taken from it.
 */
function addContext(record: SessionRecord, context: ComposeInput['context']): void {
  const diagnoses = context?.profile?.diagnoses ?? [];
  if (diagnoses.length && !record.diagnoses.length) {
    record.diagnoses.push(...diagnoses);
    record.facts.push({ kind: 'session', text: `Diagnoses on file: ${diagnoses.join('; ')}`, negated: false, source: [{ origin: 'profile', field: 'diagnoses' }], origin: 'profile' });
  }
  // The plan goals the clinician ticked as addressed, with their progress: the golden thread.
  // Each is written where the format puts goals (GIRP's Goal; the assessment elsewhere), as given.
  for (const goal of context?.plan?.goals ?? []) {
    if (goal.trim()) record.facts.push({ kind: 'goal', text: goal.trim(), negated: false, source: [{ origin: 'plan', field: 'goals' }], origin: 'plan' });
  }
  const homework = context?.plan?.lastHomework;
  const reviewed = record.facts.find((f) => f.origin === 'summary' && /\b(reviewed|checked|went over)\b[^.;]{0,20}\bhomework\b|\bhomework\b[^.;]{0,20}\b(reviewed|done|completed|not done)\b/i.test(asRead(f)));
  if (homework && reviewed && !asRead(reviewed).toLowerCase().includes(homework.toLowerCase().slice(0, 20))) {
    record.facts.splice(record.facts.indexOf(reviewed) + 1, 0, { kind: reviewed.kind, text: `Homework set at the last session: ${homework}`, negated: false, source: [{ origin: 'plan', field: 'lastHomework' }], origin: 'plan' });
  }
}

/**
 * A fact as the reader matched it, its modalities marked (⟪CBT⟫). The matches here were written
 * against that form; they keep it so that lifting the marks out of the record's text changed no
 * note (a mark's two characters count in "reviewed ... homework" within 20 characters).
 */
const asRead = (fact: Fact): string => markModalities(fact);

/** The worksheet's session fields that the Write page sets above its input tabs. */
const SESSION_CONTROL_FIELDS: ReadonlySet<string> = new Set(['date', 'startTime', 'endTime', 'minutes']);
const SESSION_FIELD_LABELS: Readonly<Record<string, string>> = {
  date: 'the session date',
  startTime: 'the start time',
  endTime: 'the end time',
  minutes: 'the length in minutes',
  serviceType: 'the service type',
  modality: 'the modality',
  location: "the clinician's location",
  clientLocation: "the client's location",
  participants: 'the participants',
  telehealthConsent: 'telehealth consent',
};

/** The worksheet wins on structured facts; a disagreement with the summary is a warning. */
function mergeWorksheet(record: SessionRecord, worksheet: NonNullable<ComposeInput['worksheet']>, warnings: Warning[]): void {
  const { source, ...session } = worksheetSession(worksheet);
  if (source) record.session.source = [...(record.session.source ?? []), ...source];
  for (const [key, value] of Object.entries(session) as [keyof typeof session, unknown][]) {
    const current = record.session[key];
    if (current !== undefined && JSON.stringify(current) !== JSON.stringify(value) && !(Array.isArray(current) && current.length === 0)) {
      const where = SESSION_CONTROL_FIELDS.has(key) ? 'the session date and time you set' : 'the worksheet';
      warnings.push({ code: 'worksheet_conflict', message: `The summary and ${where} disagree on ${SESSION_FIELD_LABELS[key] ?? key}; the value you set is used.`, section: 'session' });
    }
  }
  Object.assign(record.session, session);
  // A modality set on the worksheet says which: the summary's bare "telehealth" no longer stands.
  if (session.modality) delete record.session.telehealthUnspecified;
  const risk = worksheetRisk(worksheet);
  for (const key of ['si', 'hi', 'selfHarm'] as const) {
    const value = risk[key];
    if (value === undefined) continue;
    if (record.risk[key] !== 'not_assessed' && record.risk[key] !== value) {
      warnings.push({ code: 'worksheet_conflict', message: `The summary and the worksheet disagree on ${key === 'si' ? 'suicidal ideation' : key === 'hi' ? 'homicidal ideation' : 'self-harm'}; the worksheet's answer is used.`, section: 'risk' });
    }
  }
  Object.assign(record.risk, risk);
  const known = record.facts.map((f) => asRead(f).toLowerCase());
  const said = (words: string): boolean => known.some((k) => k.includes(words.toLowerCase()));
  for (const fact of worksheetFacts(worksheet)) {
    // A worksheet item the summary already says is not repeated: for interventions, every
    // ticked name of that modality; otherwise the item's text after its label.
    const field = fact.source.map((s) => ('field' in s ? s.field : '')).join();
    const alreadySaid =
      fact.kind === 'intervention'
        ? (worksheet.interventions ?? []).filter((i) => field === `interventions.${i.modality}`).every((i) => said(i.name))
        : said(fact.text.replace(/^[^:]*:\s*/, ''));
    // The reader gives every fact its subject; the writer only renders it.
    if (!alreadySaid) record.facts.push({ ...fact, subject: fact.subject ?? findSubject(asRead(fact)) });
  }
  if (worksheet.diagnoses) record.diagnoses.push(...worksheet.diagnoses);
}
