// The owner adds clinician and supervisor accounts; each sees only their own clients and notes.
// A clinician may have a supervisor (a supervisor account or the owner), who reads and co-signs
// their notes. The owner also runs the accounts: a one-time password for a colleague who forgot
// theirs (changed at their next sign-in), deactivation and reactivation, unlocking.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Colleague, User } from '../api/types.ts';
import { useSession } from '../session/session-context.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { copyText } from '../review/copy-text.ts';
import { FormField } from '../ui/form-field.tsx';
import { useToast } from '../ui/toast.tsx';
import { type AccountAction, ColleagueRow, SupervisorOptions } from './colleague-row.tsx';

const EMPTY_FORM = { name: '', credentials: '', email: '', password: '', role: 'clinician', supervisorId: '' };

export function ColleaguesPanel(): ReactNode {
  const [users, setUsers] = useState<Colleague[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(EMPTY_FORM);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);
  const toast = useToast();
  const { refreshUser } = useSession();
  const supervisors = (users ?? []).filter((u) => u.role !== 'clinician');

  const load = (): void => {
    api.get<{ users: Colleague[] }>('/api/users').then(
      (r) => setUsers(r.users),
      () => setUsers([]),
    );
  };
  useEffect(load, []);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setError(null);
    try {
      const { supervisorId, ...account } = form;
      const { user } = await api.post<{ user: User }>('/api/users', account);
      if (account.role === 'clinician' && supervisorId) await api.patch(`/api/users/${encodeURIComponent(user.id)}`, { supervisorId });
      toast(`Added ${form.name}`);
      setForm(EMPTY_FORM);
      setAdding(false);
      load();
    } catch (e) {
      setError(describeError(e));
    }
  }

  async function assign(clinician: Colleague, supervisorId: string): Promise<void> {
    setError(null);
    try {
      const { user } = await api.patch<{ user: User }>(`/api/users/${encodeURIComponent(clinician.id)}`, { supervisorId: supervisorId || null });
      // The answer is the account alone: the lockout shown beside it stays as listed.
      setUsers((list) => (list ?? []).map((u) => (u.id === user.id ? { ...u, ...user } : u)));
      const chosen = supervisors.find((s) => s.id === supervisorId);
      toast(chosen ? `${chosen.name} now supervises ${clinician.name}` : `${clinician.name} has no supervisor`);
      // The owner may have taken on (or given up) a supervisee: the navigation follows.
      await refreshUser().catch(() => undefined);
    } catch (e) {
      setError(describeError(e));
    }
  }

  async function act(colleague: Colleague, action: AccountAction): Promise<void> {
    setError(null);
    try {
      const result = await api.post<{ user: Colleague; temporaryPassword?: string }>(`/api/users/${encodeURIComponent(colleague.id)}/${action}`);
      setUsers((list) => (list ?? []).map((u) => (u.id === result.user.id ? result.user : u)));
      if (result.temporaryPassword) setIssued({ name: colleague.name, password: result.temporaryPassword });
      const done = { 'reset-password': 'has a one-time password', deactivate: 'is deactivated', reactivate: 'is active again', unlock: 'is unlocked' }[action];
      toast(`${colleague.name} ${done}`);
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <section className="panel stack" aria-labelledby="s-colleagues">
      <div className="row row--between">
        <h2 className="panel__title" id="s-colleagues">
          Colleagues
        </h2>
        {!adding ? (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add a colleague
          </button>
        ) : null}
      </div>
      <p className="muted small">
        Each colleague signs in on their own and sees only their own clients and notes. A clinician's supervisor also reads and
        co-signs that clinician's notes.
      </p>
      {!adding ? <ErrorBanner message={error} /> : null}
      {issued ? (
        <div className="banner banner--ok stack" role="status">
          <p>
            One-time password for <strong>{issued.name}</strong>: <code className="secret">{issued.password}</code>. Give it to them in person
            or by phone; they choose their own at their next sign-in. It is not shown again.
          </p>
          <div className="row">
            <button
              type="button"
              className="button button--small"
              onClick={() => void copyText(issued.password).then(() => toast('One-time password copied'), (e: unknown) => toast(describeError(e), 'error'))}
            >
              Copy
            </button>
            <button type="button" className="button button--small button--primary" onClick={() => setIssued(null)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
      {users && users.length > 0 ? (
        <ul className="plain-list colleagues">
          {users.map((u) => (
            <ColleagueRow key={u.id} colleague={u} supervisors={supervisors} onAct={(action) => void act(u, action)} onAssign={(id) => void assign(u, id)} />
          ))}
        </ul>
      ) : null}
      {adding ? (
        <form className="stack" onSubmit={(e) => void submit(e)}>
          <ErrorBanner message={error} />
          <div className="grid-2">
            <FormField label="Colleague's name">
              <input required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
            </FormField>
            <FormField label="Their credentials" hint="Shown on every note they sign, for example LPC.">
              <input required value={form.credentials} onChange={(e) => setForm({ ...form, credentials: e.target.value })} />
            </FormField>
            <FormField label="Their email">
              <input type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
            </FormField>
            <FormField label="Temporary password" hint="At least 12 characters, not their name or email; ask them to change it.">
              <input type="password" autoComplete="new-password" minLength={12} required value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
            </FormField>
            <FormField label="Role">
              <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
                <option value="clinician">Clinician</option>
                <option value="supervisor">Supervisor</option>
              </select>
            </FormField>
            {form.role === 'clinician' && supervisors.length > 0 ? (
              <FormField label="Their supervisor" hint="Reads and co-signs their notes. You can change this later.">
                <select value={form.supervisorId} onChange={(e) => setForm({ ...form, supervisorId: e.target.value })}>
                  <SupervisorOptions supervisors={supervisors} />
                </select>
              </FormField>
            ) : null}
          </div>
          <div className="row row--end">
            <button type="button" className="button button--quiet" onClick={() => setAdding(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              Add colleague
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
