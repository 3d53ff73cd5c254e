// The owner adds clinician and supervisor accounts; each sees only their own clients and notes.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { User } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { useToast } from '../ui/toast.tsx';

export function ColleaguesPanel(): ReactNode {
  const [users, setUsers] = useState<User[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ name: '', credentials: '', email: '', password: '', role: 'clinician' });
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();

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
      await api.post('/api/users', form);
      toast(`Added ${form.name}`);
      setForm({ name: '', credentials: '', email: '', password: '', role: 'clinician' });
      setAdding(false);
      load();
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
      <p className="muted small">Each colleague signs in on their own and sees only their own clients and notes.</p>
      {users && users.length > 0 ? (
        <ul className="plain-list colleagues">
          {users.map((u) => (
            <li key={u.id}>
              <strong>{u.name}</strong>
              {u.credentials ? `, ${u.credentials}` : ''} <span className="muted small">· {u.email} · {u.role}</span>
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
