// A laid-out note as a PDF: US Letter, the standard Helvetica fonts (nothing embedded or fetched),
// the header as a label/value block, the body with section titles, the signature block, addenda,
// and on every page a footer with the client's initials and "Page x of y" (and the entered-in-
// error or draft marking, so a page read alone still says it).
import PDFDocument from 'pdfkit';
import type { NoteLayout } from '#note-export';
import { toWinAnsi } from './to-win-ansi.ts';

export interface RenderNotePdfOptions {
  /** When the PDF was made (the PDF's creation date); the layout's times are already formatted. */
  createdAt?: Date;
}

const PAGE = { size: 'LETTER' as const, margin: 64, footerGap: 28 };
const INK = '#1f2328';
const MUTED = '#57606a';
const ALERT = '#b42318';

/**
 * @example
 * const pdf = await renderNotePdf(layoutNote(note, { formatInstant: instantFormatter() }));
 * writeFileSync('note.pdf', pdf);
 */
export async function renderNotePdf(note: NoteLayout, options: RenderNotePdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin + PAGE.footerGap },
    bufferPages: true,
    // The title stays generic: the PDF's metadata is read by tools that index files.
    info: { Title: note.title, Creator: 'Afterword', Producer: 'Afterword', ...(options.createdAt ? { CreationDate: options.createdAt } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - PAGE.margin * 2;
  const text = (value: string): string => toWinAnsi(value);
  const gap = (lines = 0.6): void => void doc.moveDown(lines);

  doc.fillColor(INK).font('Helvetica-Bold').fontSize(15).text(text(note.title), { width });
  gap(0.4);
  if (note.enteredInError) {
    doc.fillColor(ALERT).font('Helvetica-Bold').fontSize(10.5).text(text(note.enteredInError), { width });
    doc.fillColor(INK);
    gap(0.5);
  }
  if (note.draft) {
    doc.fillColor(ALERT).font('Helvetica-Bold').fontSize(10.5).text('DRAFT: NOT SIGNED', { width });
    doc.fillColor(INK);
    gap(0.5);
  }

  // Header: bold labels in a column, values beside them.
  const labelWidth = 118;
  for (const line of note.header) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).fillColor(MUTED).text(text(line.label), PAGE.margin, y, { width: labelWidth - 8 });
    const afterLabel = doc.y;
    doc.font('Helvetica').fillColor(INK).text(text(line.value), PAGE.margin + labelWidth, y, { width: width - labelWidth });
    doc.y = Math.max(doc.y, afterLabel);
    gap(0.2);
  }
  doc.x = PAGE.margin;
  rule(doc, width);

  for (const section of note.sections) {
    doc.font('Helvetica-Bold').fontSize(11.5).fillColor(INK).text(text(section.title), { width });
    gap(0.15);
    doc.font('Helvetica').fontSize(10.5).text(text(section.text || ' '), { width, lineGap: 2 });
    gap(0.8);
  }

  if (note.signature.length) {
    rule(doc, width);
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK);
    for (const line of note.signature) doc.text(text(line), { width });
    gap(0.8);
  }

  if (note.addenda.length) {
    doc.font('Helvetica-Bold').fontSize(11.5).text('Addenda', { width });
    gap(0.3);
    for (const addendum of note.addenda) {
      doc.font('Helvetica-Oblique').fontSize(9.5).fillColor(MUTED).text(text(addendum.meta), { width });
      doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(text(addendum.text), { width, lineGap: 2 });
      gap(0.7);
    }
  }

  footers(doc, note, width);
  doc.end();
  return finished;
}

function rule(doc: PDFKit.PDFDocument, width: number): void {
  doc.moveDown(0.4);
  const y = doc.y;
  doc.moveTo(PAGE.margin, y).lineTo(PAGE.margin + width, y).lineWidth(0.6).strokeColor('#c9ced4').stroke();
  doc.moveDown(0.8);
}

/** Written once every page exists, so "of y" is known. */
function footers(doc: PDFKit.PDFDocument, note: NoteLayout, width: number): void {
  const { start, count } = doc.bufferedPageRange();
  const left = [note.clientInitials ? `Client ${note.clientInitials}` : 'No client', note.enteredInError ? 'ENTERED IN ERROR' : note.draft ? 'DRAFT: NOT SIGNED' : '']
    .filter(Boolean)
    .join('   |   ');
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: without this, pdfkit would start a new page for the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PAGE.margin + 6;
    doc.moveTo(PAGE.margin, y - 8).lineTo(PAGE.margin + width, y - 8).lineWidth(0.5).strokeColor('#c9ced4').stroke();
    doc.font('Helvetica').fontSize(8.5).fillColor(note.enteredInError || note.draft ? ALERT : MUTED);
    doc.text(toWinAnsi(left), PAGE.margin, y, { width: width / 2, lineBreak: false });
    doc.fillColor(MUTED).text(`Page ${i - start + 1} of ${count}`, PAGE.margin + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
