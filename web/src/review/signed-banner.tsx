// A signed note's seal: who signed it and when, that it is locked, late entry, entered in error,
// and its co-signature (or, for the supervisor reading it, that theirs is awaited).
import type { ReactNode } from 'react';
import type { Note } from '../api/types.ts';
import { formatDateTime } from '../ui/format-date.ts';
import { signerText } from '../ui/format-names.ts';
import { lateEntryText } from '../ui/late-entry-badge.tsx';

export function SignedBanner({ note, supervising, userName }: { note: Note; supervising: boolean; userName: string }): ReactNode {
  return (
    <div className="signed-banner" role="status">
      <span className="signed-banner__seal" aria-hidden="true">
        ✓
      </span>
      <div>
        <p className="signed-banner__who">Signed by {signerText(note.signedBy) || userName}</p>
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
  );
}
