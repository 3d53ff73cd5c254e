// The practice owner's view of the append-only audit log, and a check of its hash chain.
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { AuditEvent, AuditLogPage, AuditVerify } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { PageHeader } from '../ui/page-header.tsx';

const PAGE = 200;

const ACTION_TONE: Record<string, string> = {
  sign: 'ok',
  create: 'ok',
  delete: 'danger',
  entered_in_error: 'danger',
  refuse: 'danger',
  sign_in_failed: 'danger',
  lock: 'danger',
  copy: 'accent',
  export: 'accent',
  sign_in: 'muted',
  sign_out: 'muted',
};

const CHECKPOINT_STATE: Record<AuditVerify['checkpoint']['state'], string> = {
  verified: 'matches the log',
  missing: 'missing',
  invalid: 'cannot be trusted',
  mismatch: 'does not match the log',
};

const words = (s: string | null | undefined): string => (s ?? '').replace(/_/g, ' ');

function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' });
}

export function AuditPage(): ReactNode {
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [verify, setVerify] = useState<AuditVerify | null>(null);
  const [checkpoint, setCheckpoint] = useState<AuditLogPage['checkpoint'] | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const [more, setMore] = useState(false);

  const load = useCallback(async (before?: number) => {
    try {
      const r = await api.get<AuditLogPage>(`/api/audit?limit=${PAGE}${before ? `&before=${before}` : ''}`);
      setCheckpoint(r.checkpoint);
      setEvents((list) => [...(before ? (list ?? []) : []), ...r.events]);
      setMore(r.events.length === PAGE);
    } catch (e) {
      setError(describeError(e));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

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
          <button type="button" className="button" onClick={() => void check()} disabled={checking}>
            {checking ? 'Checking…' : 'Verify the chain'}
          </button>
        }
      />
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
                    {words(e.entity)} {e.entityId ? <code title={String(e.entityId)}>{String(e.entityId).slice(0, 8)}</code> : null}
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
