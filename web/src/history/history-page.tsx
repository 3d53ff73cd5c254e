// All notes, newest session first, a page at a time (the table never holds more rows than the
// clinician asked to see, however many years of notes there are): search by words, filter by
// client, status and session dates, delete a draft. Each row shows the session's date and time,
// the note's first line and its suggested CPT code.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { NoteListItem } from '../api/types.ts';
import { useClients } from '../clients/use-clients.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDate } from '../ui/format-date.ts';
import { formatName } from '../ui/format-names.ts';
import { FormField } from '../ui/form-field.tsx';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useToast } from '../ui/toast.tsx';
import { NoteRow } from './note-row.tsx';
import { useNotePages } from './use-note-pages.ts';

export function HistoryPage(): ReactNode {
  const { clients } = useClients();
  const [q, setQ] = useState('');
  const [clientId, setClientId] = useState('');
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<NoteListItem | null>(null);
  const pages = useNotePages({ q, clientId, status, from, to });
  const { notes } = pages;
  const error = actionError ?? pages.error;
  const filtered = Boolean(q || clientId || status || from || to);
  const toast = useToast();

  async function remove(note: NoteListItem): Promise<void> {
    try {
      await api.delete(`/api/notes/${encodeURIComponent(note.id)}`);
      setDeleting(null);
      toast('Note deleted');
      setActionError(null);
      pages.reload();
    } catch (e) {
      setActionError(describeError(e));
    }
  }

  return (
    <div className="page">
      <PageHeader
        title="Notes"
        lead="Drafts are deleted automatically after your retention period; signed notes are kept."
        actions={
          <a className="button button--primary" href="#/write">
            Write a note
          </a>
        }
      />
      <form className="filters panel" aria-label="Find notes" onSubmit={(e) => e.preventDefault()}>
        <FormField label="Search notes" className="filters__search">
          <input type="search" placeholder="Whole words in the note, or a client's name" value={q} onChange={(e) => setQ(e.target.value)} />
        </FormField>
        <FormField label="Client">
          <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
            <option value="">All clients</option>
            {clients?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
                {c.archivedAt ? ' (archived)' : ''}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Status">
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any</option>
            <option value="draft">Drafts</option>
            <option value="signed">Signed</option>
          </select>
        </FormField>
        <FormField label="Sessions from">
          <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </FormField>
        <FormField label="Sessions to">
          <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </FormField>
      </form>
      <ErrorBanner message={error} />
      <div className="panel panel--flush">
        {notes === null ? (
          <p className="muted pad">Loading…</p>
        ) : notes.length === 0 ? (
          <div className="empty">
            <p>{filtered ? 'No notes match.' : 'No notes yet.'}</p>
          </div>
        ) : (
          <table className="table table--stack">
            <caption className="visually-hidden">Notes</caption>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Client</th>
                <th scope="col">First line</th>
                <th scope="col">CPT</th>
                <th scope="col">Format</th>
                <th scope="col">Status</th>
                <th scope="col">Deleted automatically</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {notes.map((n) => (
                <NoteRow key={n.id} note={n} onDelete={setDeleting} />
              ))}
            </tbody>
          </table>
        )}
        {notes && notes.length > 0 ? (
          <div className="row pad">
            <p className="muted small" aria-live="polite">
              {pages.hasMore ? `Showing the ${notes.length} most recent${filtered ? ' matching' : ''} notes` : `${notes.length} ${filtered ? 'matching ' : ''}note${notes.length === 1 ? '' : 's'}`}
            </p>
            {pages.hasMore ? (
              <button type="button" className="button" onClick={pages.loadMore} disabled={pages.loadingMore}>
                {pages.loadingMore ? 'Loading…' : 'Show older notes'}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {deleting ? (
        <ModalDialog
          title="Delete this note?"
          tone="danger"
          onClose={() => setDeleting(null)}
          actions={
            <>
              <button type="button" className="button button--quiet" onClick={() => setDeleting(null)}>
                Keep note
              </button>
              <button type="button" className="button button--danger" onClick={() => void remove(deleting)}>
                Delete note
              </button>
            </>
          }
        >
          <p>
            The {formatName(deleting.format)} note{deleting.clientName ? ` for ${deleting.clientName}` : ''} from{' '}
            {formatDate(deleting.sessionDate ?? deleting.createdAt)} and its summary are deleted. The deletion is recorded in the audit log.
          </p>
        </ModalDialog>
      ) : null}
    </div>
  );
}
