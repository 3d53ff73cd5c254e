// First run: create the owner account. The server signs the owner in on success; the next page
// offers two-step sign-in (two-step-offer-page.tsx).
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { User } from '../api/types.ts';
import { useSession } from '../session/session-context.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { PASSWORD_HINT } from '../settings/change-password-form.tsx';
import { AuthLayout } from './auth-layout.tsx';

export function SetupPage(): ReactNode {
  const { signedIn } = useSession();
  const [name, setName] = useState('');
  const [credentials, setCredentials] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mismatch = confirm.length > 0 && confirm !== password;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (password !== confirm) return setError('The two passwords are different.');
    setBusy(true);
    setError(null);
    try {
      signedIn(await api.post<{ user: User; csrfToken: string }>('/api/setup', { name, credentials, email, password }));
      // Next: the offer of two-step sign-in (skippable), then the Write page.
      window.location.hash = '#/welcome';
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthLayout
      title="Welcome to Afterword"
      lead="Create the owner account for this practice. Everything you write stays on this computer."
    >
      <form className="stack" onSubmit={submit}>
        <ErrorBanner message={error} />
        <div className="grid-2">
          <FormField label="Your name" hint="As it should appear when you sign a note.">
            <input autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
          </FormField>
          <FormField label="Credentials" hint="For example LCSW, LPC, PsyD.">
            <input required value={credentials} onChange={(e) => setCredentials(e.target.value)} />
          </FormField>
        </div>
        <FormField label="Email">
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </FormField>
        <div className="grid-2">
          <FormField label="Password" hint={PASSWORD_HINT}>
            <input
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FormField>
          <FormField label="Confirm password" error={mismatch ? 'The passwords do not match yet.' : null}>
            <input type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          </FormField>
        </div>
        <div className="row row--end">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? 'Creating account…' : 'Create account'}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
