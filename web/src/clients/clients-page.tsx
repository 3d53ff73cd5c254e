// Clients: a short list on the left (search, active or archived); the chosen client's details, or
// the add/edit form, on the right.
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Client, ClientInput } from '../api/types.ts';
import { navigate } from '../app/use-hash-route.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { initials } from '../ui/format-names.ts';
import { PageHeader } from '../ui/page-header.tsx';
import { useToast } from '../ui/toast.tsx';
import { ClientDetail } from './client-detail.tsx';
import { ClientForm } from './client-form.tsx';
import { PRONOUNS } from './pronoun-labels.ts';
import { useClients } from './use-clients.ts';

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
        {/* Drawn with the list, not before it: below 1000 px the list sits above, and the details
            would move down when it arrived (issue 9). Until then there is nothing to show in it. */}
        {clients === null && !error ? null : (
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
        )}
      </div>
    </div>
  );
}
