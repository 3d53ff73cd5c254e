// Email, password and (when the server asks for it) a TOTP code. Used by the sign-in page and
// by the in-place dialog after a session ends.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError, describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { User } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';

interface SignInFormProps {
  initialEmail?: string;
  submitLabel?: string;
  onSignedIn: (result: { user: User; csrfToken: string }) => void;
  secondary?: ReactNode;
}

export function SignInForm({ initialEmail = '', submitLabel = 'Sign in', onSignedIn, secondary }: SignInFormProps): ReactNode {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const totpField = useRef<HTMLInputElement>(null);
  // The code field appears only after the password is accepted: the cursor goes there. Focused
  // here rather than with autoFocus, which Preact leaves to the browser, and browsers ignore it
  // on a field added after someone has typed elsewhere.
  useEffect(() => {
    if (needTotp) totpField.current?.focus();
  }, [needTotp]);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<{ user: User; csrfToken: string }>('/api/auth/login', {
        email,
        password,
        ...(needTotp ? { totp: totp.replace(/\s+/g, '') } : {}),
      });
      onSignedIn(result);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'totp_required') {
        if (needTotp) setError('That code did not work. Use the current code from your authenticator app, or a recovery code.');
        setNeedTotp(true);
      } else if (e instanceof ApiError && e.status === 401) {
        // With the code field showing, the password was already accepted: the code is what failed.
        setError(
          needTotp
            ? 'That code did not work. Use the current code from your authenticator app, or a recovery code.'
            : 'That email and password do not match an account.',
        );
      } else {
        setError(describeError(e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate={false}>
      <ErrorBanner message={error} />
      <FormField label="Email">
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </FormField>
      <FormField label="Password">
        <input
          type="password"
          autoComplete="current-password"
          required
          // Signing in again, the email is known: the dialog focuses the password.
          data-autofocus={initialEmail ? true : undefined}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </FormField>
      {needTotp ? (
        <FormField label="Authentication code" hint="The 6-digit code from your authenticator app, or one of your recovery codes.">
          <input
            ref={totpField}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={totp}
            onChange={(e) => setTotp(e.target.value)}
          />
        </FormField>
      ) : null}
      <div className="row row--end">
        {secondary}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
