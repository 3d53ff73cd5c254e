// The review page's header: the note's format and session, the client, its status badges, a line
// on who may change it or when it is purged, and the actions this reader may take.
import type { ReactNode } from 'react';
import type { Note, StoredDocument } from '../api/types.ts';
import { EnteredInErrorBadge } from '../ui/entered-in-error-badge.tsx';
import { formatDate, formatRelativeDays } from '../ui/format-date.ts';
import { FORMAT_LABELS, signerText } from '../ui/format-names.ts';
import { LateEntryBadge } from '../ui/late-entry-badge.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { SaveIndicator, type SaveState } from './save-indicator.tsx';

interface ReviewHeaderProps {
  note: Note;
  doc: StoredDocument;
  /** A supervisor reading a supervisee's note. */
  supervising: boolean;
  save: SaveState;
  exporting: boolean;
  onRetrySave: () => void;
  onCopy: () => void;
  onDownloadPdf: () => void;
  onPrint: () => void;
  onSign: () => void;
  onMarkEnteredInError: () => void;
  onCosign: () => void;
}

export function ReviewHeader(props: ReviewHeaderProps): ReactNode {
  const { note, doc, supervising } = props;
  const signed = note.status === 'signed';
  const readOnly = signed || supervising;
  return (
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
        {!readOnly ? <SaveIndicator state={props.save} onRetry={props.onRetrySave} /> : null}
        <button type="button" className="button" onClick={props.onCopy}>
          Copy note
        </button>
        {signed ? (
          <>
            <button type="button" className="button" disabled={props.exporting} onClick={props.onDownloadPdf}>
              {props.exporting ? 'Preparing PDF…' : 'Download PDF'}
            </button>
            <button type="button" className="button" title="Opens the PDF in a new tab, ready to print" onClick={props.onPrint}>
              Print
            </button>
          </>
        ) : null}
        {!readOnly ? (
          <button type="button" className="button button--primary" onClick={props.onSign}>
            Sign note
          </button>
        ) : null}
        {signed && !supervising && !note.enteredInErrorAt ? (
          <button type="button" className="button button--quiet button--danger-text" onClick={props.onMarkEnteredInError}>
            Entered in error…
          </button>
        ) : null}
        {supervising && signed && !note.cosignedAt ? (
          <button type="button" className="button button--primary" onClick={props.onCosign}>
            Co-sign note
          </button>
        ) : null}
      </div>
    </div>
  );
}
