// One note in the Notes list: its session's date and time, client, first line, CPT code, format,
// status badges, when it is deleted automatically, and Open (and Delete, for a draft).
import type { ReactNode } from 'react';
// The file, not the note-export index: that would bring its zod schemas into the Notes page's start-up.
import { twelveHour } from '../../../src/note-export/twelve-hour.ts';
import type { NoteListItem } from '../api/types.ts';
import { EnteredInErrorBadge } from '../ui/entered-in-error-badge.tsx';
import { formatDate, formatRelativeDays } from '../ui/format-date.ts';
import { formatName } from '../ui/format-names.ts';
import { LateEntryBadge } from '../ui/late-entry-badge.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';

/** "2:00 pm to 2:53 pm", "from 2:00 pm", "53 min", or '' when the session has no time. */
function sessionTime(n: NoteListItem): string {
  const span = n.sessionStartTime && n.sessionEndTime ? `${twelveHour(n.sessionStartTime)} to ${twelveHour(n.sessionEndTime)}` : n.sessionStartTime ? `from ${twelveHour(n.sessionStartTime)}` : '';
  const minutes = n.sessionMinutes ? `${n.sessionMinutes} min` : '';
  return span && minutes ? `${span} (${minutes})` : span || minutes;
}

export function NoteRow({ note, onDelete }: { note: NoteListItem; onDelete: (note: NoteListItem) => void }): ReactNode {
  return (
    <tr>
      <td>
        <a className="table__link" href={`#/notes/${note.id}`}>
          {formatDate(note.sessionDate ?? note.createdAt)}
        </a>
        {sessionTime(note) ? <span className="muted small note-time">{sessionTime(note)}</span> : null}
      </td>
      <td data-label="Client">{note.clientName ?? <span className="muted">No client</span>}</td>
      <td className="note-first-line" data-label="First line">
        {note.firstLine ?? <span className="muted">Empty note</span>}
      </td>
      <td className="nowrap" data-label="CPT">
        {note.cptCode ?? (
          <span className="muted" title="No CPT code was suggested: the note has no session length or service type">
            None
          </span>
        )}
      </td>
      <td data-label="Format">{formatName(note.format)}</td>
      <td data-label="Status">
        <StatusBadge status={note.status} />
        <EnteredInErrorBadge at={note.enteredInErrorAt} />
        <LateEntryBadge lateEntry={note.lateEntry} />
        {note.lateEntry ? <span className="muted small"> signed {formatDate(note.lateEntry.signedDate)}</span> : null}
        {note.cosignedAt ? <span className="muted small"> · co-signed</span> : null}
      </td>
      <td className="muted small" data-label="Deleted automatically">
        {note.status === 'draft' && note.purgeAt ? `${formatDate(note.purgeAt)} (${formatRelativeDays(note.purgeAt)})` : note.status === 'signed' ? 'No, signed notes are kept' : ''}
      </td>
      <td className="table__actions">
        <a className="button button--quiet button--small" href={`#/notes/${note.id}`}>
          Open
        </a>
        {note.status === 'draft' ? (
          <button type="button" className="button button--quiet button--small button--danger-text" onClick={() => onDelete(note)}>
            Delete
          </button>
        ) : null}
      </td>
    </tr>
  );
}
