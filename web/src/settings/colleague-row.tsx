// One colleague in the owner's list: who they are, the state of their account, the owner's
// actions on it, and (for a clinician) who supervises them.
import type { ReactNode } from 'react';
import type { Colleague } from '../api/types.ts';
import { formatDateTime } from '../ui/format-date.ts';

/** What the owner can do to a colleague's account; each is a POST /api/users/:id/<action>. */
export type AccountAction = 'reset-password' | 'deactivate' | 'reactivate' | 'unlock';

interface ColleagueRowProps {
  colleague: Colleague;
  /** Accounts that may supervise a clinician (supervisors and the owner). */
  supervisors: Colleague[];
  onAct: (action: AccountAction) => void;
  onAssign: (supervisorId: string) => void;
}

export function ColleagueRow({ colleague: u, supervisors, onAct, onAssign }: ColleagueRowProps): ReactNode {
  return (
    <li className="colleague">
      <span>
        <strong>{u.name}</strong>
        {u.credentials ? `, ${u.credentials}` : ''} <span className="muted small">· {u.email} · {u.role}</span>
        {u.deactivatedAt ? <span className="badge badge--draft">Deactivated</span> : null}
        {u.lockedUntil ? <span className="badge badge--draft">Locked until {formatDateTime(u.lockedUntil)}</span> : null}
        {u.mustChangePassword && !u.deactivatedAt ? <span className="muted small"> · must choose their own password</span> : null}
      </span>
      {u.role !== 'owner' ? (
        <fieldset className="row colleague__actions" aria-label={`Account of ${u.name}`}>
          {u.lockedUntil ? (
            <button type="button" className="button button--small" onClick={() => onAct('unlock')}>
              Unlock
            </button>
          ) : null}
          {!u.deactivatedAt ? (
            <button type="button" className="button button--small" onClick={() => onAct('reset-password')}>
              Reset password
            </button>
          ) : null}
          {u.deactivatedAt ? (
            <button type="button" className="button button--small" onClick={() => onAct('reactivate')}>
              Reactivate
            </button>
          ) : (
            <button type="button" className="button button--small button--danger-quiet" onClick={() => onAct('deactivate')}>
              Deactivate
            </button>
          )}
        </fieldset>
      ) : null}
      {u.role === 'clinician' ? (
        <label className="colleague__supervisor small">
          <span>Supervisor</span>
          <select aria-label={`Supervisor for ${u.name}`} value={u.supervisorId ?? ''} onChange={(e) => onAssign(e.target.value)}>
            <SupervisorOptions supervisors={supervisors} />
          </select>
        </label>
      ) : null}
    </li>
  );
}

/** "No supervisor" and each account that may supervise, the owner marked as such. */
export function SupervisorOptions({ supervisors }: { supervisors: Colleague[] }): ReactNode {
  return (
    <>
      <option value="">No supervisor</option>
      {supervisors.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
          {s.role === 'owner' ? ' (owner)' : ''}
        </option>
      ))}
    </>
  );
}
