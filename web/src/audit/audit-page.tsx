// The practice owner's view of the append-only audit log, and a check of its hash chain: filter
// by user, action and days, open the note or client an event is about, download what is shown as CSV.
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { AuditEvent, AuditLogPage, AuditVerify } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { ACTION_TONE, CHECKPOINT_STATE, formatWhen, recordHref, words } from './audit-event-display.ts';
import { type Filters, filterQuery, NO_FILTERS, PAGE } from './audit-filters.ts';

export function AuditPage(): ReactNode {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [options, setOptions] = useState<AuditLogPage['filters'] | null>(null);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [verify, setVerify] = useState<AuditVerify | null>(null);
  const [checkpoint, setCheckpoint] = useState<AuditLogPage['checkpoint'] | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const [more, setMore] = useState(false);

  const load = useCallback(
    async (before?: number) => {
      try {
        const q = filterQuery(filters);
        q.set('limit', String(PAGE));
        if (before) q.set('before', String(before));
        const r = await api.get<AuditLogPage>(`/api/audit?${q}`);
        setCheckpoint(r.checkpoint);
        setOptions(r.filters);
        setEvents((list) => [...(before ? (list ?? []) : []), ...r.events]);
        setMore(r.events.length === PAGE);
        setError(null);
      } catch (e) {
        setError(describeError(e));
      }
    },
    [filters],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const set = (key: keyof Filters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [key]: e.target.value }));
  const filtered = Boolean(filters.userId || filters.action || filters.from || filters.to);
  const csvHref = `/api/audit/export.csv${filterQuery(filters).size ? `?${filterQuery(filters)}` : ''}`;

  async function check(): Promise<void> {
    setChecking(true);
    try {
      setVerify(await api.get<AuditVerify>('/api/audit/verify'));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setChecking(false);
    }
  }

  const sorted = [...(events ?? [])].sort((a, b) => Number(b.id) - Number(a.id) || b.at.localeCompare(a.at));
  return (
    <div className="page">
      <PageHeader
        title="Audit log"
        lead="Every view, change, copy, signature and deletion of clinical content, and every refused access. Entries are chained by a keyed hash, and the newest entry is recorded in a signed checkpoint outside the database, so an altered or deleted entry is detected."
        actions={
          <>
            <a className="button" href={csvHref} download>
              Export CSV
            </a>
            <button type="button" className="button" onClick={() => void check()} disabled={checking}>
              {checking ? 'Checking…' : 'Verify the chain'}
            </button>
          </>
        }
      />
      <form className="filters filters--audit panel" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
        <FormField label="User">
          <select value={filters.userId} onChange={set('userId')}>
            <option value="">Everyone</option>
            {options?.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Action">
          <select value={filters.action} onChange={set('action')}>
            <option value="">Any</option>
            {options?.actions.map((a) => (
              <option key={a} value={a}>
                {words(a)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="From">
          <input type="date" value={filters.from} max={filters.to || undefined} onChange={set('from')} />
        </FormField>
        <FormField label="To">
          <input type="date" value={filters.to} min={filters.from || undefined} onChange={set('to')} />
        </FormField>
        {filtered ? (
          <button type="button" className="button button--quiet filters__clear" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
      </form>
      <p className="small muted">Export CSV downloads the events these filters show (the export itself is recorded in the log).</p>
      <ErrorBanner message={error} />
      {verify ? (
        <div className={`banner ${verify.ok ? 'banner--ok' : 'banner--error'}`} role="status">
          {verify.ok ? verify.message : `Tampering detected. ${verify.message}`}
          <p className="small audit-checkpoint">
            Checkpoint:{' '}
            {verify.checkpoint.count === null
              ? CHECKPOINT_STATE[verify.checkpoint.state]
              : `entry ${verify.checkpoint.count}, written ${formatWhen(verify.checkpoint.writtenAt ?? '')}, ${CHECKPOINT_STATE[verify.checkpoint.state]}`}
            .
          </p>
        </div>
      ) : checkpoint ? (
        <p className="small muted audit-checkpoint">
          Checkpoint:{' '}
          {checkpoint.state === 'present'
            ? `entry ${checkpoint.count}, written ${formatWhen(checkpoint.writtenAt ?? '')}; not verified yet.`
            : checkpoint.state === 'missing'
              ? 'none written yet.'
              : 'the file cannot be read; verify the chain.'}
        </p>
      ) : null}
      <div className="panel panel--flush">
        {events === null ? (
          <p className="muted pad">Loading…</p>
        ) : sorted.length === 0 ? (
          <p className="muted pad">{filtered ? 'No events match these filters.' : 'No events yet.'}</p>
        ) : (
          <table className="table table--dense">
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((e) => (
                <tr key={e.id}>
                  <td className="muted small">{e.id}</td>
                  <td className="nowrap">{formatWhen(e.at)}</td>
                  <td>{e.userName ?? e.userId ?? <span className="muted">system</span>}</td>
                  <td>
                    <span className={`action action--${ACTION_TONE[e.action] ?? 'plain'}`}>{words(e.action)}</span>
                  </td>
                  <td className="muted small">
                    {recordHref(e) ? (
                      <a href={recordHref(e)} aria-label={`Open ${words(e.entity)} ${String(e.entityId).slice(0, 8)}`}>
                        {words(e.entity)} <code>{String(e.entityId).slice(0, 8)}</code>
                      </a>
                    ) : (
                      <>
                        {words(e.entity)} {e.entityId ? <code title={String(e.entityId)}>{String(e.entityId).slice(0, 8)}</code> : null}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {more ? (
        <div className="row row--end">
          <button type="button" className="button" onClick={() => void load(Number(sorted.at(-1)?.id))}>
            Show older entries
          </button>
        </div>
      ) : null}
    </div>
  );
}
