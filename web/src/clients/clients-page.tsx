// Clients: a short list on the left (search, active or archived); the chosen client's details, or
// the add/edit form, on the right.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Client, ClientInput, NoteListItem } from '../api/types.ts';
import { navigate } from '../app/use-hash-route.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDate } from '../ui/format-date.ts';
import { FORMAT_LABELS, formatName, initials } from '../ui/format-names.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { useToast } from '../ui/toast.tsx';
import { PlanStatusNotice } from '../plans/plan-status-notice.tsx';
import { ClientDocumentsList } from '../documents/client-documents-list.tsx';
import { ClientForm } from './client-form.tsx';
import { useClients } from './use-clients.ts';

// Its own chunk: the chart and the scoring tables load when a client is opened.
const MeasuresSection = lazy(() => import('../measures/measures-section.tsx').then((m) => ({ default: m.MeasuresSection })));

const PRONOUNS = { she: 'she / her', he: 'he / him', they: 'they / them' } as const;

type Shown = 'active' | 'archived';

/** Whether a client matches the search: every word in the display name, real name or a diagnosis code. */
function clientMatches(client: Client, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const names = [client.displayName, client.realName ?? ''].join(' ').toLowerCase();
  const codes = (client.diagnoses ?? []).map((d) => d.code.toLowerCase());
  return words.every((w) => names.includes(w) || codes.some((c) => c.startsWith(w) || c.replace('.', '').startsWith(w.replace('.', ''))));
}

export function ClientsPage({ selectedId }: { selectedId?: string | undefined }): ReactNode {
  const { clients, error, reload } = useClients();
  const [editing, setEditing] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const toast = useToast();
  const selected = clients?.find((c) => c.id === selectedId);
  const creating = selectedId === 'new';
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Shown>('active');
  const archivedCount = clients?.filter((c) => c.archivedAt).length ?? 0;
  const visible = useMemo(
    () => clients?.filter((c) => (shown === 'archived') === Boolean(c.archivedAt) && clientMatches(c, query)) ?? null,
    [clients, shown, query],
  );

  // Opening an archived client (a link, the address bar) shows the archived list it belongs to.
  useEffect(() => {
    if (selected) setShown(selected.archivedAt ? 'archived' : 'active');
  }, [selected]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the form when another client is chosen
  useEffect(() => {
    setEditing(false);
    setFormError(null);
  }, [selectedId]);

  async function save(input: ClientInput): Promise<void> {
    setFormError(null);
    try {
      if (creating) {
        const { client } = await api.post<{ client: Client }>('/api/clients', input);
        await reload();
        toast(`Added ${client.displayName}`);
        navigate(`/clients/${client.id}`);
      } else if (selected) {
        await api.patch<{ client: Client }>(`/api/clients/${selected.id}`, input);
        await reload();
        setEditing(false);
        toast('Client saved');
      }
    } catch (e) {
      setFormError(describeError(e));
    }
  }

  return (
    <div className="page">
      <PageHeader
        title="Clients"
        lead="Only you see your clients. A display name or initials is enough."
        actions={
          <a className="button button--primary" href="#/clients/new">
            Add client
          </a>
        }
      />
      <ErrorBanner message={error} />
      <div className="split">
        <section className="panel split__list" aria-label="Client list">
          {clients && clients.length > 0 ? (
            <search className="client-search">
              <label className="field__label" htmlFor="client-search">
                Search clients
              </label>
              <input
                id="client-search"
                type="search"
                placeholder="Name, initials or diagnosis code"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                aria-describedby="client-search-count"
              />
              <fieldset className="client-search__show">
                <legend className="visually-hidden">Show</legend>
                <label className={`check-chip${shown === 'active' ? ' is-checked' : ''}`}>
                  <input type="radio" name="clients-shown" checked={shown === 'active'} onChange={() => setShown('active')} />
                  <span>Active</span>
                </label>
                <label className={`check-chip${shown === 'archived' ? ' is-checked' : ''}`}>
                  <input type="radio" name="clients-shown" checked={shown === 'archived'} onChange={() => setShown('archived')} />
                  <span>Archived ({archivedCount})</span>
                </label>
              </fieldset>
              <p className="field__hint" id="client-search-count" aria-live="polite">
                {visible ? `${visible.length} ${shown === 'archived' ? 'archived ' : ''}client${visible.length === 1 ? '' : 's'}${query.trim() ? ' match' : ''}` : ''}
              </p>
            </search>
          ) : null}
          {clients === null || visible === null ? (
            <p className="muted pad">Loading…</p>
          ) : clients.length === 0 ? (
            <div className="empty">
              <p>No clients yet.</p>
              <a className="button" href="#/clients/new">
                Add your first client
              </a>
            </div>
          ) : visible.length === 0 ? (
            <div className="empty">
              <p className="muted">{query.trim() ? 'No client matches.' : shown === 'archived' ? 'No archived clients.' : 'No active clients.'}</p>
            </div>
          ) : (
            <ul className="client-list">
              {visible.map((client) => (
                <li key={client.id}>
                  <a
                    className="client-list__item"
                    href={`#/clients/${client.id}`}
                    aria-current={client.id === selectedId ? 'true' : undefined}
                  >
                    <span className="avatar avatar--soft" aria-hidden="true">
                      {initials(client.displayName)}
                    </span>
                    <span className="client-list__text">
                      <span className="client-list__name">{client.displayName}</span>
                      <span className="client-list__meta">
                        {[client.pronouns ? PRONOUNS[client.pronouns] : null, client.diagnoses?.map((d) => d.code).join(', ')]
                          .filter(Boolean)
                          .join(' · ') || 'No details yet'}
                      </span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel split__detail" aria-label="Client details">
          {creating ? (
            <>
              <h2 className="panel__title">New client</h2>
              <ClientForm onSave={save} onCancel={() => navigate('/clients')} error={formError} />
            </>
          ) : selected && editing ? (
            <>
              <h2 className="panel__title">Edit {selected.displayName}</h2>
              <ClientForm client={selected} onSave={save} onCancel={() => setEditing(false)} error={formError} />
            </>
          ) : selected ? (
            <ClientDetail client={selected} onEdit={() => setEditing(true)} onChanged={reload} />
          ) : (
            <div className="empty">
              <p className="muted">Choose a client to see their details, or add a new one.</p>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function ClientDetail({ client, onEdit, onChanged }: { client: Client; onEdit: () => void; onChanged: () => Promise<void> }): ReactNode {
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
      <Suspense fallback={<p className="muted">Loading measures…</p>}>
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
