// What an exported note says, in the order a reader (or an auditor) expects it: the entered-in-
// error marking if any, the header (date of service, time, service, CPT, diagnoses), the body
// section by section, the signature, the co-signature, then each addendum with its author and
// time. Plain text, HTML and PDF are only renderings of this one layout.
import type { SessionHeader } from '#compose';
// The file, not '#compose': the composer's index would bring its whole reader and writer into
// the web bundle (about 56 KB more), which renders notes through this module.
import { MODALITY_LABELS, SERVICE_LABELS } from '../compose/lexicon/session-labels.ts';
import { clientInitials } from './client-initials.ts';
import type { HeaderField } from './copy-layout.schema.ts';
import type { Diagnosis } from './resolve-diagnoses.ts';
import { twelveHour } from './twelve-hour.ts';

/** A signer as the API gives it (the web's older shapes allow a bare name). */
export type Signer = string | { name: string; credentials?: string | null };

/**
 * The fields of a note an export reads: the server's note view and the web's Note both fit, and
 * so does a bare composer Document wrapped as `{ document, status: 'draft' }` (the CLI).
 */
export interface ExportableNote {
  document: {
    format?: string | undefined;
    sections: readonly { key: string; title: string; sentences: readonly { text: string; edited?: boolean | undefined }[] }[];
    cpt?: { code: string; description: string } | undefined;
    session?: SessionHeader | undefined;
  };
  status: 'draft' | 'signed';
  /** The worksheet's structured session details win over what the composer read from the summary. */
  worksheet?: SessionHeader | null | undefined;
  sessionDate?: string | null | undefined;
  clientName?: string | null | undefined;
  diagnoses?: readonly Diagnosis[] | undefined;
  signedAt?: string | null | undefined;
  signedBy?: Signer | null | undefined;
  cosignedAt?: string | null | undefined;
  cosignedBy?: Signer | null | undefined;
  addenda?: readonly { text: string; signedAt?: string | undefined; createdAt?: string | undefined; signedBy?: Signer | undefined }[] | undefined;
  enteredInErrorAt?: string | null | undefined;
  enteredInErrorReason?: string | null | undefined;
  /** Set at signing when the note was signed later than the clinician's late-entry threshold. */
  lateEntry?: { sessionDate: string; signedDate: string } | null | undefined;
}

export interface HeaderLine {
  field: HeaderField;
  label: string;
  value: string;
}

export interface NoteLayout {
  /** "SOAP progress note": a PDF's first line (a paste into an EHR leaves it out). */
  title: string;
  /** "Entered in error on ...: reason", when the note was marked so. */
  enteredInError?: string;
  header: HeaderLine[];
  sections: { key: string; title: string; text: string }[];
  /** The signature and co-signature lines; empty for a draft. */
  signature: string[];
  /** True for an unsigned draft: a PDF says so on every page. */
  draft: boolean;
  addenda: { meta: string; text: string }[];
  /** For a page footer: the client's initials, or '' when the note has no client. */
  clientInitials: string;
}

export interface LayoutNoteOptions {
  /** A timestamp (ISO 8601) as the reader's clock shows it: the edge knows the time zone. */
  formatInstant: (iso: string) => string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-01" -> "Mar 1, 2026"; anything else as written. */
function formatServiceDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : date;
}

/**
 * A signer as a signature line names them: name and credentials; '' without a signer.
 * @example signerText({ name: 'Dana Reyes', credentials: 'LCSW' }); // 'Dana Reyes, LCSW'
 */
export function signerText(signer: Signer | null | undefined): string {
  if (!signer) return '';
  if (typeof signer === 'string') return signer;
  return signer.credentials ? `${signer.name}, ${signer.credentials}` : signer.name;
}

function sectionText(section: ExportableNote['document']['sections'][number]): string {
  return section.sentences
    .map((s) => s.text.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The session details for the header. The worksheet's fields come first; the composer's reading
 * of the summary fills the rest, unless the clinician edited the session section, whose words
 * then are the only account (a header must never contradict the body).
 */
function sessionDetails(note: ExportableNote, sessionEdited: boolean): SessionHeader {
  const merged: SessionHeader = { ...(sessionEdited ? {} : note.document.session) };
  for (const key of SESSION_KEYS) {
    const value = note.worksheet?.[key];
    if (value !== undefined && value !== null) Object.assign(merged, { [key]: value });
  }
  if (!merged.date && note.sessionDate) merged.date = note.sessionDate;
  return merged;
}

const SESSION_KEYS = ['date', 'startTime', 'endTime', 'minutes', 'serviceType', 'modality'] as const satisfies readonly (keyof SessionHeader)[];

function headerLines(note: ExportableNote): HeaderLine[] {
  const sessionEdited = note.document.sections.some((x) => x.key === 'session' && x.sentences.some((y) => y.edited));
  const s = sessionDetails(note, sessionEdited);
  const lines: HeaderLine[] = [{ field: 'date', label: 'Date of service', value: s.date ? formatServiceDate(s.date) : 'not recorded' }];
  const span = s.startTime && s.endTime ? `${twelveHour(s.startTime)} to ${twelveHour(s.endTime)}` : s.startTime ? `from ${twelveHour(s.startTime)}` : '';
  const minutes = s.minutes ? `${s.minutes} minutes` : '';
  if (span || minutes) lines.push({ field: 'time', label: 'Time', value: span && minutes ? `${span} (${minutes})` : span || minutes });
  const service = [s.serviceType ? SERVICE_LABELS[s.serviceType] : '', s.modality ? MODALITY_LABELS[s.modality] : ''].filter(Boolean).join(', ');
  if (service) lines.push({ field: 'service', label: 'Service', value: service });
  // The composer's CPT code is a suggestion from the minutes it read; after an edit to the
  // session section those minutes may no longer be the note's, so the code is left out then.
  const cpt = note.document.cpt;
  if (cpt && !sessionEdited) lines.push({ field: 'cpt', label: 'CPT code', value: `${cpt.code} ${cpt.description} (suggested by Afterword from the session length)` });
  if (note.diagnoses?.length) {
    lines.push({ field: 'diagnoses', label: note.diagnoses.length > 1 ? 'Diagnoses (ICD-10)' : 'Diagnosis (ICD-10)', value: note.diagnoses.map((d) => (d.label ? `${d.code} ${d.label}` : d.code)).join('; ') });
  }
  return lines;
}

/**
 * The note laid out for export: header, body, signature block, addenda.
 * @example
 * const layout = layoutNote(note, { formatInstant: (iso) => new Date(iso).toLocaleString('en-US') });
 * layout.header[0]; // { field: 'date', label: 'Date of service', value: 'Mar 1, 2026' }
 */
export function layoutNote(note: ExportableNote, options: LayoutNoteOptions): NoteLayout {
  const at = (iso: string | null | undefined): string => (iso ? options.formatInstant(iso) : 'an unrecorded time');
  const signed = note.status === 'signed';
  const signature: string[] = [];
  if (signed) {
    signature.push(`Electronically signed by ${signerText(note.signedBy) || 'the author'} on ${at(note.signedAt)}`);
    // A late entry says so wherever the note goes, with both dates.
    if (note.lateEntry) signature.push(`Late entry: session on ${formatServiceDate(note.lateEntry.sessionDate)}, signed on ${formatServiceDate(note.lateEntry.signedDate)}.`);
    if (note.cosignedBy) signature.push(`Co-signed by ${signerText(note.cosignedBy)} on ${at(note.cosignedAt)}`);
  }
  const format = note.document.format;
  return {
    title: format ? `${format === 'simple' ? 'Simple' : format.toUpperCase()} progress note` : 'Progress note',
    ...(note.enteredInErrorAt ? { enteredInError: `ENTERED IN ERROR: marked on ${at(note.enteredInErrorAt)}. Reason: ${note.enteredInErrorReason?.trim() || 'not given'}` } : {}),
    header: headerLines(note),
    sections: note.document.sections.map((s) => ({ key: s.key, title: s.title, text: sectionText(s) })),
    signature,
    draft: !signed,
    addenda: (note.addenda ?? []).map((a) => ({
      meta: `Addendum signed by ${signerText(a.signedBy) || 'the author'} on ${at(a.signedAt ?? a.createdAt)}`,
      text: a.text.trim(),
    })),
    clientInitials: clientInitials(note.clientName),
  };
}
