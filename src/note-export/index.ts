// Public face of note export: a note laid out once (header, body, signatures, addenda) and
// rendered as plain text or HTML for the clipboard. Pure: no I/O, no clock. The web, the server
// and the CLI all use it; the PDF (src/note-pdf) renders the same layout.
export { DEFAULT_COPY_LAYOUT, HEADER_FIELDS, type HeaderField, type TCopyLayout, ZCopyLayout } from './copy-layout.schema.ts';
export { clientInitials } from './client-initials.ts';
export { isTimeZone } from './is-time-zone.ts';
export { type ExportableNote, type HeaderLine, type LayoutNoteOptions, layoutNote, type NoteLayout, type Signer, signerText } from './layout-note.ts';
export { twelveHour } from './twelve-hour.ts';
export { renderNoteHtml } from './render-note-html.ts';
export { type RenderTextOptions, renderNoteText, renderSectionText } from './render-note-text.ts';
export { type Diagnosis, resolveDiagnoses, type ResolveDiagnosesOptions } from './resolve-diagnoses.ts';
