// Getting a note out of Afterword: Copy (the whole note as on screen, or one section, laid out as
// the clinician chose in Settings), Download PDF and Print. A copy is recorded (not its text).
import { useEffect, useState } from 'react';
import { DEFAULT_COPY_LAYOUT, type Diagnosis, layoutNote, renderNoteHtml, renderNoteText, renderSectionText, resolveDiagnoses } from '../../../src/note-export/index.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Note, StoredDocument } from '../api/types.ts';
import { useSettings } from '../compose/use-settings.ts';
import { browserTimeZone, formatInstantWithZone } from '../ui/format-date.ts';
import { useToast } from '../ui/toast.tsx';
import { copyRichText, copyText } from './copy-text.ts';
import { sectionText } from './note-text.ts';

export interface NoteExport {
  /** Copies one section (by key), or the whole note without one. */
  copy: (sectionKey?: string) => Promise<void>;
  downloadPdf: () => Promise<void>;
  /** The same PDF, opened in the browser's viewer in a new tab, to print from there. */
  printPdf: () => void;
  exporting: boolean;
}

export function useNoteExport({ noteId, note, doc }: { noteId: string; note: Note | null; doc: StoredDocument | null }): NoteExport {
  const settings = useSettings();
  const toast = useToast();
  const [exporting, setExporting] = useState(false);
  // Names for the session's diagnosis codes that are not on the client's file (public reference data).
  const [icd10, setIcd10] = useState<Diagnosis[] | null>(null);

  const sessionCodes = note?.worksheet?.diagnoses ?? [];
  const needsReference = sessionCodes.some((code) => !(note?.clientDiagnoses ?? []).some((d) => d.code === code));
  useEffect(() => {
    if (!needsReference || icd10) return;
    api.get<{ codes: Diagnosis[] }>('/api/icd10').then(
      (r) => setIcd10(r.codes),
      () => setIcd10([]),
    );
  }, [needsReference, icd10]);

  async function copy(sectionKey?: string): Promise<void> {
    if (!note || !doc) return;
    const section = sectionKey ? doc.sections.find((s) => s.key === sectionKey) : undefined;
    const copyLayout = settings?.copyLayout ?? DEFAULT_COPY_LAYOUT;
    try {
      if (section) await copyText(renderSectionText({ title: section.title, text: sectionText(section) }, { layout: copyLayout }));
      else {
        // What is on screen (edits included), laid out as the PDF is: header, body, signatures, addenda.
        const diagnoses = resolveDiagnoses({ codes: note.worksheet?.diagnoses, onFile: note.clientDiagnoses, reference: icd10 });
        const layout = layoutNote({ ...note, document: doc, diagnoses }, { formatInstant: formatInstantWithZone });
        const text = renderNoteText(layout, { layout: copyLayout });
        if (copyLayout.clipboard === 'rich') await copyRichText({ text, html: renderNoteHtml(layout, { layout: copyLayout }) });
        else await copyText(text);
      }
      toast(section ? `Copied ${section.title}` : 'Copied the whole note');
      void api.post(`/api/notes/${encodeURIComponent(noteId)}/copied`, section ? { section: section.key } : {}).catch(() => undefined);
    } catch (e) {
      toast(describeError(e), 'error');
    }
  }

  function pdfPath(disposition: 'attachment' | 'inline'): string {
    const zone = browserTimeZone();
    const query = new URLSearchParams({ ...(zone ? { tz: zone } : {}), ...(disposition === 'inline' ? { disposition } : {}) });
    return `/api/notes/${encodeURIComponent(noteId)}/pdf${query.size ? `?${query}` : ''}`;
  }

  async function downloadPdf(): Promise<void> {
    if (!note) return;
    setExporting(true);
    try {
      const blob = await api.blob(pdfPath('attachment'));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      // The file name says what the file is, not who it is about.
      const day = (note.sessionDate ?? note.signedAt ?? '').slice(0, 10);
      link.download = `progress-note${day ? `-${day}` : ''}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      toast('PDF downloaded');
    } catch (e) {
      toast(describeError(e), 'error');
    } finally {
      setExporting(false);
    }
  }

  function printPdf(): void {
    window.open(pdfPath('inline'), '_blank', 'noopener');
  }

  return { copy, downloadPdf, printPdf, exporting };
}
