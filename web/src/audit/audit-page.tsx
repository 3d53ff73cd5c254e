// The practice owner's view of the append-only audit log, and a check of its hash chain.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { AuditEvent, AuditVerify } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDateTime } from '../ui/format-date.ts';
import { PageHeader } from '../ui/page-header.tsx';

export function AuditPage(): ReactNode {
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [verify, setVerify] = useState<AuditVerify | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.get<{ events: AuditEvent[] }>('/api/audit').then(
      (r) => setEvents(r.events),
      (e) => setError(describeError(e)),
    );
  }, []);

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

  const sorted = [...(events ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className="page">
      <PageHeader
        title="Audit log"
        lead="Every view, change, copy, signature and deletion of clinical content. Entries are chained by hash, so an altered entry is detected."
        actions={
          <button type="button" className="button" onClick={() => void check()} disabled={checking}>
            {checking ? 'Checking…' : 'Verify the chain'}
          </button>
        }
      />
      <ErrorBanner message={error} />
      {verify ? (
        <div className={`banner ${verify.ok ? 'banner--ok' : 'banner--error'}`} role="status">
          {verify.ok
            ? `Intact: all ${verify.checked} entries check out.`
            : `Tampering detected: the chain breaks at entry ${verify.firstBadId ?? '?'} (after ${verify.checked} entries checked).`}
        </div>
      ) : null}
      <div className="panel panel--flush">
        {events === null ? (
          <p className="muted pad">Loading…</p>
        ) : (
          <table className="table table--dense">
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>{e.userName ?? e.userId ?? <span className="muted">system</span>}</td>
                  <td>
                    <code className="action">{e.action}</code>
                  </td>
                  <td className="muted small">
                    {e.entity ?? ''} {e.entityId ? <code>{String(e.entityId).slice(0, 8)}</code> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
