// Review a note: sections editable sentence by sentence, the clinician's own words beside it,
// warnings linked to sections, regenerate, copy, sign, addenda. A supervisor opens a supervisee's
// note read-only, with its sources, and co-signs it once it is signed. The note's loading and
// saving are in use-note-draft.ts, copy and PDF in use-note-export.ts, regenerate in use-regenerate.ts.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Source } from '../../../src/compose/types.ts';
import { api } from '../api/request.ts';
import type { Note, StoredDocument } from '../api/types.ts';
import { useSettings } from '../compose/use-settings.ts';
import { useUser } from '../session/session-context.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { signerText } from '../ui/format-names.ts';
import { Loading } from '../ui/loading.tsx';
import { useToast } from '../ui/toast.tsx';
import { adoptPolish, countModelAdded } from './adopt-polish.ts';
import { CosignDialog } from './cosign-dialog.tsx';
import { SupervisorMeasures } from './supervisor-measures.tsx';
import { EnteredInErrorDialog } from './entered-in-error-dialog.tsx';
import { KeptEditsNotice } from './kept-edits-notice.tsx';
import { NoteArticle } from './note-article.tsx';
import { countEdits, isWarningAddressed, sectionsWithPrompts } from './note-text.ts';
import { PolishPanel } from './polish-panel.tsx';
import { RegeneratePanel } from './regenerate-panel.tsx';
import { ReviewHeader } from './review-header.tsx';
import { SignDialog } from './sign-dialog.tsx';
import { SignedBanner } from './signed-banner.tsx';
import { SourcePanel } from './source-panel.tsx';
import { useNoteActions } from './use-note-actions.ts';
import { useNoteDraft } from './use-note-draft.ts';
import { useNoteExport } from './use-note-export.ts';
import { useRegenerate } from './use-regenerate.ts';
import { WarningsPanel } from './warnings-panel.tsx';

export function ReviewPage({ noteId }: { noteId: string }): ReactNode {
  const user = useUser();
  const settings = useSettings();
  const toast = useToast();
  const { note, setNote, doc, setDoc, loadError, save, docRef, persist, change, settle } = useNoteDraft(noteId);
  const { copy, downloadPdf, printPdf, exporting } = useNoteExport({ noteId, note, doc });
  const [active, setActive] = useState<Source[] | null>(null);
  // The draft as it was before the clinician took their model's wording, to go back to (this visit
  // only: it is not stored; Regenerate gives the composer's draft again at any time).
  const [beforePolish, setBeforePolish] = useState<StoredDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { signing, setSigning, cosigning, setCosigning, markingError, setMarkingError, sign, cosign, markEnteredInError } = useNoteActions({
    noteId,
    settle,
    setNote,
    setDoc,
    onError: setError,
  });
  const { regenerating, kept, dismissKept, regenerate } = useRegenerate({
    note,
    doc,
    setDoc: (next) => {
      setBeforePolish(null);
      setDoc(next);
    },
    persist,
    onError: setError,
  });

  async function addAddendum(text: string): Promise<void> {
    const { note: updated } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/addenda`, { text });
    setNote(updated);
    toast('Addendum signed');
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
      <ReviewHeader
        note={note}
        doc={doc}
        supervising={supervising}
        save={save}
        exporting={exporting}
        onRetrySave={() => docRef.current && void persist(docRef.current)}
        onCopy={() => void copy()}
        onDownloadPdf={() => void downloadPdf()}
        onPrint={printPdf}
        onSign={() => setSigning('ask')}
        onMarkEnteredInError={() => setMarkingError('ask')}
        onCosign={() => setCosigning('ask')}
      />
      <ErrorBanner message={error} />
      {signed ? <SignedBanner note={note} supervising={supervising} userName={user.name} /> : null}

      {kept ? <KeptEditsNotice format={kept.format} placements={kept.placements} onClose={dismissKept} /> : null}
      <div className="review__grid">
        <NoteArticle
          note={note}
          doc={doc}
          readOnly={readOnly}
          warnedSections={warnedSections}
          onHighlight={setActive}
          onChange={change}
          onCopySection={(key) => void copy(key)}
          onAddAddendum={supervising ? undefined : addAddendum}
        />
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
      {supervising && note.clientId ? <SupervisorMeasures clientId={note.clientId} clientName={note.clientName ?? 'this client'} /> : null}
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
