// Public face of the note PDF: note export's layout rendered with pdfkit, on this machine.
export { instantFormatter } from './format-instant.ts';
export { renderNotePdf, type RenderNotePdfOptions } from './render-note-pdf.ts';
export { toWinAnsi } from './to-win-ansi.ts';
