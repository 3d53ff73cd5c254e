// Clients: a short list on the left; the chosen client's details, or the add/edit form, on the right.
import { useEffect, useState } from 'react';
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
import { ClientForm } from './client-form.tsx';
import { useClients } from './use-clients.ts';

const PRONOUNS = { she: 'she / her', he: 'he / him', they: 'they / them' } as const;

export function ClientsPage({ selectedId }: { selectedId?: string | undefined }): ReactNode {
  const { clients, error, reload } = useClients();
  const [editing, setEditing] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const toast = useToast();
  const selected = clients?.find((c) => c.id === selectedId);
  const creating = selectedId === 'new';

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
          {clients === null ? (
            <p className="muted pad">Loading…</p>
          ) : clients.length === 0 ? (
            <div className="empty">
              <p>No clients yet.</p>
              <a className="button" href="#/clients/new">
                Add your first client
              </a>
            </div>
          ) : (
            <ul className="client-list">
              {clients.map((client) => (
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
            <ClientDetail client={selected} onEdit={() => setEditing(true)} onDeleted={reload} />
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

function ClientDetail({ client, onEdit, onDeleted }: { client: Client; onEdit: () => void; onDeleted: () => Promise<void> }): ReactNode {
  const [notes, setNotes] = useState<NoteListItem[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

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
      await onDeleted();
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
          <a className="button button--primary" href={`#/write?client=${encodeURIComponent(client.id)}`}>
            Write a note
          </a>
        </div>
      </div>
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
      <div className="danger-zone">
        <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
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
