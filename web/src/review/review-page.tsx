// Review a note: sections editable sentence by sentence, the clinician's own words beside it,
// warnings linked to sections, regenerate, copy, sign, addenda. A supervisor opens a supervisee's
// note read-only, with its sources, and co-signs it once it is signed.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Source } from '../../../src/compose/types.ts';
import { DEFAULT_COPY_LAYOUT, type Diagnosis, layoutNote, renderNoteHtml, renderNoteText, renderSectionText, resolveDiagnoses } from '../../../src/note-export/index.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Document, Note, StoredDocument } from '../api/types.ts';
import { useSettings } from '../compose/use-settings.ts';
import { useUser } from '../session/session-context.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { browserTimeZone, formatDate, formatDateTime, formatInstantWithZone, formatRelativeDays } from '../ui/format-date.ts';
import { FORMAT_LABELS, signerText } from '../ui/format-names.ts';
import { Loading } from '../ui/loading.tsx';
import { EnteredInErrorBadge } from '../ui/entered-in-error-badge.tsx';
import { LateEntryBadge, lateEntryText } from '../ui/late-entry-badge.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { useToast } from '../ui/toast.tsx';
import { AddendaPanel } from './addenda-panel.tsx';
import { copyRichText, copyText } from './copy-text.ts';
import { CosignDialog } from './cosign-dialog.tsx';
import { EnteredInErrorDialog } from './entered-in-error-dialog.tsx';
import { NoteSectionView } from './note-section-view.tsx';
import {
  addSentence,
  countEdits,
  editSentence,
  isWarningAddressed,
  type EditPlacement,
  keepEdits,
  sectionText,
  sectionsWithPrompts,
  sentencesNeedingMeaning,
} from './note-text.ts';
import { KeptEditsNotice } from './kept-edits-notice.tsx';
import { adoptPolish, countModelAdded } from './adopt-polish.ts';
import { PolishPanel } from './polish-panel.tsx';
import { RegeneratePanel } from './regenerate-panel.tsx';
import type { RegenerateChoice } from './regenerate-panel.tsx';
import { SignDialog } from './sign-dialog.tsx';
import { SourcePanel } from './source-panel.tsx';
import { WarningsPanel } from './warnings-panel.tsx';

// A supervisor reads the client's measures beside the note, read-only; their own chunk, as on the client's page.
const MeasuresSection = lazy(() => import('../measures/measures-section.tsx').then((m) => ({ default: m.MeasuresSection })));

type SaveState = { kind: 'saved'; at: number } | { kind: 'saving' } | { kind: 'failed'; message: string } | { kind: 'idle' };

export function ReviewPage({ noteId }: { noteId: string }): ReactNode {
  const user = useUser();
  const settings = useSettings();
  const toast = useToast();
  const [note, setNote] = useState<Note | null>(null);
  const [doc, setDoc] = useState<StoredDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [active, setActive] = useState<Source[] | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [regenerating, setRegenerating] = useState(false);
  // After "Keep my edits": where each of the clinician's sentences went, until dismissed.
  const [kept, setKept] = useState<{ format: string; placements: EditPlacement[] } | null>(null);
  // The draft as it was before the clinician took their model's wording, to go back to (this visit
  // only: it is not stored; Regenerate gives the composer's draft again at any time).
  const [beforePolish, setBeforePolish] = useState<StoredDocument | null>(null);
  const [signing, setSigning] = useState<'ask' | 'busy' | null>(null);
  const [cosigning, setCosigning] = useState<'ask' | 'busy' | null>(null);
  const [markingError, setMarkingError] = useState<'ask' | 'busy' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  // Names for the session's diagnosis codes that are not on the client's file (public reference data).
  const [icd10, setIcd10] = useState<Diagnosis[] | null>(null);
  // The latest document: a save that is retried after signing in again sends what is on screen now.
  const docRef = useRef<StoredDocument | null>(null);
  docRef.current = doc;

  useEffect(() => {
    api.get<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}`).then(
      ({ note }) => {
        setNote(note);
        setDoc(note.document);
      },
      (e) => setLoadError(describeError(e)),
    );
  }, [noteId]);

  const sessionCodes = note?.worksheet?.diagnoses ?? [];
  const needsReference = sessionCodes.some((code) => !(note?.clientDiagnoses ?? []).some((d) => d.code === code));
  useEffect(() => {
    if (!needsReference || icd10) return;
    api.get<{ codes: Diagnosis[] }>('/api/icd10').then(
      (r) => setIcd10(r.codes),
      () => setIcd10([]),
    );
  }, [needsReference, icd10]);

  const lastSaveFailed = useRef(false);
  const saveNow = useCallback(
    async (next: StoredDocument, extra: { format?: string }) => {
      setSave({ kind: 'saving' });
      try {
        const { note: saved } = await api.patch<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}`, { document: next, ...extra });
        setNote(saved);
        lastSaveFailed.current = false;
        setSave({ kind: 'saved', at: Date.now() });
      } catch (e) {
        lastSaveFailed.current = true;
        setSave({ kind: 'failed', message: describeError(e) });
      }
    },
    [noteId],
  );

  // Saves run one after another, in order; signing waits for the last one.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const persist = useCallback(
    (next: StoredDocument, extra: { format?: string } = {}): Promise<void> => {
      saving.current = saving.current.then(() => saveNow(next, extra));
      return saving.current;
    },
    [saveNow],
  );

  // A failed save keeps the edits on screen; closing the tab then would lose them, so ask.
  useEffect(() => {
    if (save.kind !== 'failed' && save.kind !== 'saving') return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [save.kind]);

  function change(next: StoredDocument): void {
    setDoc(next);
    void persist(next);
  }

  async function regenerate(choice: RegenerateChoice): Promise<void> {
    if (!note || !doc) return;
    setRegenerating(true);
    setError(null);
    try {
      const fresh = await api.post<Document>('/api/compose', {
        format: choice.format,
        style: choice.style,
        ...(note.summary ? { summary: note.summary } : {}),
        ...(note.worksheet ? { worksheet: note.worksheet } : {}),
        ...(note.clientId ? { clientId: note.clientId } : {}),
      });
      let next: StoredDocument = fresh;
      if (choice.keepEdits) {
        const meanings = await sectionsForSentences(sentencesNeedingMeaning(doc, fresh), choice);
        const result = keepEdits(doc, fresh, { meanings });
        next = result.document;
        setKept({ format: FORMAT_LABELS[choice.format].name, placements: result.placements });
      } else setKept(null);
      setBeforePolish(null);
      setDoc(next);
      await persist(next, { format: choice.format });
      toast(`Regenerated as ${FORMAT_LABELS[choice.format].name}${choice.keepEdits ? ', with your edits kept' : ''}`);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setRegenerating(false);
    }
  }

  /**
   * Where the composer would put each sentence in the new format: it reads the sentence as it reads
   * a summary (on this server, nothing stored), so "Therapist used grounding" is an intervention.
   * A sentence it cannot place is left to keepEdits' own rules.
   */
  async function sectionsForSentences(texts: string[], choice: RegenerateChoice): Promise<Map<string, string>> {
    const meanings = new Map<string, string>();
    await Promise.all(
      texts.map(async (text) => {
        try {
          const one = await api.post<Document>('/api/compose', { format: choice.format, style: choice.style, summary: text });
          const section = one.sections.find((s) => s.key !== 'session' && s.key !== 'risk' && s.sentences.some((x) => x.source.length > 0));
          if (section) meanings.set(text, section.key);
        } catch {
          // Placed by its old section's meaning instead.
        }
      }),
    );
    return meanings;
  }

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

  /** The same PDF, opened in the browser's viewer in a new tab, to print from there. */
  function printPdf(): void {
    window.open(pdfPath('inline'), '_blank', 'noopener');
  }

  async function sign(): Promise<void> {
    setSigning('busy');
    try {
      // Make sure the latest edits are stored before locking.
      await saving.current;
      if (lastSaveFailed.current && docRef.current) await persist(docRef.current);
      if (lastSaveFailed.current) throw new Error('Your latest edits are not saved yet, so the note was not signed. Retry the save, then sign.');
      // The clinician's time zone: whether this is a late entry is read on their calendar.
      const { note: signed } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/sign`, {
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      setNote(signed);
      setDoc(signed.document);
      setSigning(null);
      toast('Note signed');
    } catch (e) {
      setSigning(null);
      setError(describeError(e));
    }
  }

  async function markEnteredInError(reason: string): Promise<void> {
    setMarkingError('busy');
    try {
      const { note: updated } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/entered-in-error`, { reason });
      setNote(updated);
      setMarkingError(null);
      toast('Note marked entered in error');
    } catch (e) {
      setMarkingError(null);
      setError(describeError(e));
    }
  }

  async function cosign(): Promise<void> {
    setCosigning('busy');
    try {
      const { note: updated } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/cosign`);
      setNote(updated);
      setCosigning(null);
      toast('Note co-signed');
    } catch (e) {
      setCosigning(null);
      setError(describeError(e));
    }
  }

  function goToSection(key: string): void {
    const heading = document.getElementById(`section-${key}`);
    heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  if (loadError) return <ErrorBanner message={loadError} />;
  if (!note || !doc) return <Loading />;

  const signed = note.status === 'signed';
  // A supervisor reads a supervisee's note; only its author changes it.
  const supervising = note.access === 'supervisor';
  const readOnly = signed || supervising;
  const openWarnings = (doc.warnings ?? []).filter((w) => !isWarningAddressed(doc, w.section));
  const warnedSections = new Set(signed ? [] : openWarnings.map((w) => w.section).filter(Boolean));

  return (
    <div className="page review">
      <div className="page-header">
        <div>
          <p className="eyebrow">
            {FORMAT_LABELS[doc.format]?.name ?? doc.format} note · {note.sessionDate ? 'Session' : 'Written'} {formatDate(note.sessionDate ?? note.createdAt)}
            {note.sessionStartTime && note.sessionEndTime ? `, ${note.sessionStartTime}–${note.sessionEndTime}` : ''}
            {note.sessionMinutes ? `, ${note.sessionMinutes} min` : ''}
          </p>
          <h1 className="page-header__title">
            {note.clientName ?? 'No client'} <StatusBadge status={note.status} />
            <EnteredInErrorBadge at={note.enteredInErrorAt} />
            <LateEntryBadge lateEntry={note.lateEntry} />
          </h1>
          {supervising ? (
            <p className="page-header__lead">
              {signed
                ? `Written and signed by ${signerText(note.signedBy)}. You are reading it as their supervisor; it cannot be changed here.`
                : 'A draft your supervisee has not signed yet. You can read it; co-signing is possible once they sign it.'}
            </p>
          ) : !signed && note.purgeAt ? (
            <p className="page-header__lead purge-note">
              Unsigned drafts are deleted automatically. This draft and its summary go on {formatDate(note.purgeAt)} (
              {formatRelativeDays(note.purgeAt)}).
            </p>
          ) : signed && note.purgeAt ? (
            <p className="page-header__lead purge-note">The summary behind this note is deleted on {formatDate(note.purgeAt)}; the signed note is kept.</p>
          ) : null}
        </div>
        <div className="page-header__actions">
          {!readOnly ? <SaveIndicator state={save} onRetry={() => docRef.current && void persist(docRef.current)} /> : null}
          <button type="button" className="button" onClick={() => void copy()}>
            Copy note
          </button>
          {signed ? (
            <>
              <button type="button" className="button" disabled={exporting} onClick={() => void downloadPdf()}>
                {exporting ? 'Preparing PDF…' : 'Download PDF'}
              </button>
              <button type="button" className="button" title="Opens the PDF in a new tab, ready to print" onClick={printPdf}>
                Print
              </button>
            </>
          ) : null}
          {!readOnly ? (
            <button type="button" className="button button--primary" onClick={() => setSigning('ask')}>
              Sign note
            </button>
          ) : null}
          {signed && !supervising && !note.enteredInErrorAt ? (
            <button type="button" className="button button--quiet button--danger-text" onClick={() => setMarkingError('ask')}>
              Entered in error…
            </button>
          ) : null}
          {supervising && signed && !note.cosignedAt ? (
            <button type="button" className="button button--primary" onClick={() => setCosigning('ask')}>
              Co-sign note
            </button>
          ) : null}
        </div>
      </div>
      <ErrorBanner message={error} />
      {signed ? (
        <div className="signed-banner" role="status">
          <span className="signed-banner__seal" aria-hidden="true">
            ✓
          </span>
          <div>
            <p className="signed-banner__who">Signed by {signerText(note.signedBy) || user.name}</p>
            <p className="signed-banner__when">
              {formatDateTime(note.signedAt)} · This note is locked.{supervising ? '' : ' Add an addendum to correct or add to it.'}
            </p>
            {note.lateEntry ? <p className="signed-banner__cosign late-entry-line">{lateEntryText(note.lateEntry)}.</p> : null}
            {note.enteredInErrorAt ? (
              <p className="signed-banner__cosign">
                Marked entered in error on {formatDateTime(note.enteredInErrorAt)}: {note.enteredInErrorReason}
              </p>
            ) : null}
            {note.cosignedBy ? (
              <p className="signed-banner__cosign">
                Co-signed by {signerText(note.cosignedBy)} on {formatDateTime(note.cosignedAt)}
              </p>
            ) : supervising ? (
              <p className="signed-banner__when">Waiting for your co-signature.</p>
            ) : null}
          </div>
        </div>
      ) : null}

      {kept ? <KeptEditsNotice format={kept.format} placements={kept.placements} onClose={() => setKept(null)} /> : null}
      <div className="review__grid">
        <article className="panel note" aria-label="Note">
          {doc.sections.map((section) => (
            <NoteSectionView
              key={section.key}
              section={section}
              readOnly={readOnly}
              hasWarning={warnedSections.has(section.key)}
              onHighlight={setActive}
              onEdit={(index, text) => change(editSentence(doc, { sectionKey: section.key, index, text }))}
              onAdd={(text) => change(addSentence(doc, { sectionKey: section.key, text }))}
              onCopy={() => void copy(section.key)}
            />
          ))}
          {doc.cpt ? (
            <p className="cpt small muted">
              Suggested CPT code: <strong>{doc.cpt.code}</strong> {doc.cpt.description} ({doc.cpt.reason})
            </p>
          ) : null}
          {signed ? (
            <AddendaPanel
              addenda={note.addenda ?? []}
              {...(supervising
                ? {}
                : {
                    onAdd: async (text: string) => {
                      const { note: updated } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/addenda`, { text });
                      setNote(updated);
                      toast('Addendum signed');
                    },
                  })}
            />
          ) : null}
        </article>
        <aside className="review__aside" aria-label="Sources and checks">
          {!readOnly ? (
            <div className="panel">
              <WarningsPanel doc={doc} onGo={goToSection} />
            </div>
          ) : null}
          {/* The source scrolls on its own beside the note, so the keyboard must reach it to scroll it (axe: scrollable-region-focusable). */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region is focusable so keyboard users can scroll it (WCAG 2.1.1). */}
          <section className="panel review__sources" aria-label="The note's sources" tabIndex={0}>
            <SourcePanel
              summary={note.summary}
              worksheet={note.worksheet}
              active={active}
              cited={doc.sections.flatMap((s) => s.sentences.flatMap((x) => x.source))}
              {...(supervising ? { title: 'The clinician’s words' } : {})}
            />
          </section>
          {!readOnly && (note.summary || note.worksheet) ? (
            <div className="panel">
              <RegeneratePanel
                key={doc.format}
                format={doc.format}
                style={settings?.style ?? {}}
                edits={countEdits(doc)}
                busy={regenerating}
                onRegenerate={(choice) => void regenerate(choice)}
              />
            </div>
          ) : null}
          {!readOnly ? (
            <div className="panel">
              <PolishPanel
                document={doc}
                clientId={note.clientId ?? null}
                onAdopt={(polished, sent) => {
                  // The reply was verified against what was sent; an edit since would be lost.
                  if (docRef.current !== sent) return null;
                  const adopted = adoptPolish(sent, polished);
                  setBeforePolish((before) => before ?? sent);
                  change(adopted.document);
                  return { reworded: adopted.reworded, added: adopted.added };
                }}
                onUndo={
                  beforePolish
                    ? () => {
                        change(beforePolish);
                        setBeforePolish(null);
                        toast('Back to the draft before polishing');
                      }
                    : undefined
                }
              />
            </div>
          ) : null}
        </aside>
      </div>
      {supervising && note.clientId ? (
        <div className="panel">
          <Suspense fallback={<p className="muted">Loading measures…</p>}>
            <MeasuresSection clientId={note.clientId} clientName={note.clientName ?? 'this client'} canAdd={false} />
          </Suspense>
        </div>
      ) : null}
      {markingError ? <EnteredInErrorDialog busy={markingError === 'busy'} onMark={(reason) => void markEnteredInError(reason)} onClose={() => setMarkingError(null)} /> : null}
      {cosigning ? (
        <CosignDialog
          user={user}
          author={signerText(note.signedBy)}
          busy={cosigning === 'busy'}
          onCosign={() => void cosign()}
          onClose={() => setCosigning(null)}
        />
      ) : null}
      {signing ? (
        <SignDialog
          user={user}
          openWarnings={openWarnings.map((w) => w.message)}
          promptSections={sectionsWithPrompts(doc)}
          modelAdded={countModelAdded(doc)}
          busy={signing === 'busy'}
          onSign={() => void sign()}
          onClose={() => setSigning(null)}
        />
      ) : null}
    </div>
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }): ReactNode {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <span className="save-state">Saving…</span>;
    case 'saved':
      return <span className="save-state save-state--ok">Saved</span>;
    case 'failed':
      return (
        <span className="save-state save-state--failed" role="alert">
          Not saved.{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        </span>
      );
  }
}
