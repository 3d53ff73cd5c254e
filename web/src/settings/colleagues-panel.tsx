// The owner adds clinician and supervisor accounts; each sees only their own clients and notes.
// A clinician may have a supervisor (a supervisor account or the owner), who reads and co-signs
// their notes.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { User } from '../api/types.ts';
import { useSession } from '../session/session-context.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { useToast } from '../ui/toast.tsx';

const EMPTY_FORM = { name: '', credentials: '', email: '', password: '', role: 'clinician', supervisorId: '' };

export function ColleaguesPanel(): ReactNode {
  const [users, setUsers] = useState<User[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(EMPTY_FORM);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const { refreshUser } = useSession();
  const supervisors = (users ?? []).filter((u) => u.role !== 'clinician');

  const load = (): void => {
    api.get<{ users: User[] }>('/api/users').then(
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

  async function assign(clinician: User, supervisorId: string): Promise<void> {
    setError(null);
    try {
      const { user } = await api.patch<{ user: User }>(`/api/users/${encodeURIComponent(clinician.id)}`, { supervisorId: supervisorId || null });
      setUsers((list) => (list ?? []).map((u) => (u.id === user.id ? user : u)));
      const chosen = supervisors.find((s) => s.id === supervisorId);
      toast(chosen ? `${chosen.name} now supervises ${clinician.name}` : `${clinician.name} has no supervisor`);
      // The owner may have taken on (or given up) a supervisee: the navigation follows.
      await refreshUser().catch(() => undefined);
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
      {users && users.length > 0 ? (
        <ul className="plain-list colleagues">
          {users.map((u) => (
            <li key={u.id} className="colleague">
              <span>
                <strong>{u.name}</strong>
                {u.credentials ? `, ${u.credentials}` : ''} <span className="muted small">· {u.email} · {u.role}</span>
              </span>
              {u.role === 'clinician' ? (
                <label className="colleague__supervisor small">
                  <span>Supervisor</span>
                  <select aria-label={`Supervisor for ${u.name}`} value={u.supervisorId ?? ''} onChange={(e) => void assign(u, e.target.value)}>
                    <option value="">No supervisor</option>
                    {supervisors.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                        {s.role === 'owner' ? ' (owner)' : ''}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </li>
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
            <FormField label="Their credentials">
              <input value={form.credentials} onChange={(e) => setForm({ ...form, credentials: e.target.value })} />
            </FormField>
            <FormField label="Their email">
              <input type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
            </FormField>
            <FormField label="Temporary password" hint="At least 8 characters; ask them to change it.">
              <input type="password" autoComplete="new-password" minLength={8} required value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
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
                  <option value="">No supervisor</option>
                  {supervisors.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                      {s.role === 'owner' ? ' (owner)' : ''}
                    </option>
                  ))}
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
