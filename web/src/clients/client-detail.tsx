// One client's details on the Clients page: who they are, their plan's status, their notes and
// measures, and Edit, Archive (or Restore) and Delete (refused at once for a client with notes).
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Client, NoteListItem } from '../api/types.ts';
import { navigate } from '../app/use-hash-route.ts';
import { PlanStatusNotice } from '../plans/plan-status-notice.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDate } from '../ui/format-date.ts';
import { FORMAT_LABELS, formatName, initials } from '../ui/format-names.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { useToast } from '../ui/toast.tsx';
import { PRONOUNS } from './pronoun-labels.ts';
import { ClientDocumentsList } from '../documents/client-documents-list.tsx';
import { MeasuresLoading } from '../measures/measures-loading.tsx';

// Its own chunk: the chart and the scoring tables load when a client is opened.
const MeasuresSection = lazy(() => import('../measures/measures-section.tsx').then((m) => ({ default: m.MeasuresSection })));

export function ClientDetail({ client, onEdit, onChanged }: { client: Client; onEdit: () => void; onChanged: () => Promise<void> }): ReactNode {
  const [notes, setNotes] = useState<NoteListItem[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const noteCount = Math.max(client.noteCount ?? 0, notes?.length ?? 0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a message about one client is not shown for the next
  useEffect(() => {
    setError(null);
    setConfirming(false);
  }, [client.id]);

  /** A client with notes cannot be deleted: say so at once, instead of asking to confirm something that will be refused. */
  function askToDelete(): void {
    if (noteCount > 0) {
      setError(
        `${client.displayName} has ${noteCount} note${noteCount === 1 ? '' : 's'}, so they cannot be deleted: signed notes are kept. Archive ${client.displayName} instead; they are hidden from Write and can be restored.`,
      );
      return;
    }
    setError(null);
    setConfirming(true);
  }

  async function setArchived(archived: boolean): Promise<void> {
    setError(null);
    try {
      await api.post(`/api/clients/${encodeURIComponent(client.id)}/${archived ? 'archive' : 'restore'}`);
      await onChanged();
      toast(archived ? `Archived ${client.displayName}: hidden from Write, kept with their notes` : `Restored ${client.displayName}`);
    } catch (e) {
      setError(describeError(e));
    }
  }

  useEffect(() => {
    api.get<{ notes: NoteListItem[] }>(`/api/notes?clientId=${encodeURIComponent(client.id)}`).then(
      (r) => setNotes(r.notes),
      () => setNotes([]),
    );
  }, [client.id]);

  async function remove(): Promise<void> {
    try {
      await api.delete(`/api/clients/${client.id}`);
      setConfirming(false);
      toast(`Deleted ${client.displayName}`);
      await onChanged();
      navigate('/clients');
    } catch (e) {
      setConfirming(false);
      setError(describeError(e));
    }
  }

  return (
    <div className="stack">
      <div className="detail-head">
        <span className="avatar avatar--large" aria-hidden="true">
          {initials(client.displayName)}
        </span>
        <div>
          <h2 className="detail-head__name">{client.displayName}</h2>
          {client.realName ? <p className="muted">{client.realName}</p> : null}
        </div>
        <div className="row detail-head__actions">
          <button type="button" className="button" onClick={onEdit}>
            Edit
          </button>
          {client.archivedAt ? (
            <button type="button" className="button button--primary" onClick={() => void setArchived(false)}>
              Restore client
            </button>
          ) : (
            <a className="button button--primary" href={`#/write?client=${encodeURIComponent(client.id)}`}>
              Write a note
            </a>
          )}
        </div>
      </div>
      {client.archivedAt ? (
        <p className="archived-note" role="status">
          Archived on {formatDate(client.archivedAt)}. {client.displayName} is kept with their notes and is not offered on Write.
        </p>
      ) : null}
      <ErrorBanner message={error} />
      <dl className="facts">
        <dt>Pronouns</dt>
        <dd>{client.pronouns ? PRONOUNS[client.pronouns] : <span className="muted">Not specified</span>}</dd>
        <dt>Preferred format</dt>
        <dd>
          {client.preferredFormat ? `${FORMAT_LABELS[client.preferredFormat].name}` : <span className="muted">Your default</span>}
        </dd>
        <dt>Diagnoses</dt>
        <dd>
          {client.diagnoses && client.diagnoses.length > 0 ? (
            <ul className="plain-list">
              {client.diagnoses.map((d) => (
                <li key={d.code}>
                  <span className="chip__code">{d.code}</span> {d.label}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">None recorded</span>
          )}
        </dd>
        <dt>Context</dt>
        <dd className="prewrap">{client.context || <span className="muted">None</span>}</dd>
      </dl>
      <h3 className="subhead">Treatment plan</h3>
      <PlanStatusNotice clientId={client.id} />
      <h3 className="subhead">Notes</h3>
      {notes === null ? (
        <p className="muted">Loading…</p>
      ) : notes.length === 0 ? (
        <p className="muted">No notes for {client.displayName} yet.</p>
      ) : (
        <ul className="note-mini-list">
          {notes.map((n) => (
            <li key={n.id}>
              <a href={`#/notes/${n.id}`}>
                {formatDate(n.sessionDate ?? n.createdAt)} · {formatName(n.format)}
              </a>{' '}
              <StatusBadge status={n.status} />
            </li>
          ))}
        </ul>
      )}
      <h3 className="subhead">Documents</h3>
      <ClientDocumentsList clientId={client.id} clientName={client.displayName} />
      <Suspense fallback={<MeasuresLoading />}>
        <MeasuresSection clientId={client.id} clientName={client.displayName} canAdd={!client.archivedAt} />
      </Suspense>
      <div className="danger-zone row">
        {client.archivedAt ? null : (
          <button type="button" className="button" onClick={() => void setArchived(true)}>
            Archive client
          </button>
        )}
        <button type="button" className="button button--danger-quiet" onClick={askToDelete}>
          Delete client
        </button>
      </div>
      {confirming ? (
        <ModalDialog
          title={`Delete ${client.displayName}?`}
          tone="danger"
          onClose={() => setConfirming(false)}
          actions={
            <>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                Keep client
              </button>
              <button type="button" className="button button--danger" onClick={() => void remove()}>
                Delete client
              </button>
            </>
          }
        >
          <p>The client's profile is removed. This cannot be undone.</p>
        </ModalDialog>
      ) : null}
    </div>
  );
}
