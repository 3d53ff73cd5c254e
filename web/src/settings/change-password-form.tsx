// Changing one's password: the current one (or the one-time password from the owner), then the
// new one twice. The server checks the policy (12 characters, not a common password, not your
// email or name) and says what to fix.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { User } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';

export const PASSWORD_HINT = 'At least 12 characters; three or four unrelated words are easy to remember. Not your name or email.';

interface ChangePasswordFormProps {
  currentLabel: string;
  submitLabel: string;
  onChanged: (result: { user: User; csrfToken: string }) => void;
  onCancel?: () => void;
  cancelLabel?: string;
}

export function ChangePasswordForm({ currentLabel, submitLabel, onChanged, onCancel, cancelLabel = 'Cancel' }: ChangePasswordFormProps): ReactNode {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mismatch = confirm.length > 0 && confirm !== next;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (next !== confirm) return setError('The two new passwords are different.');
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.post<{ user: User; csrfToken: string }>('/api/auth/password', { currentPassword: current, newPassword: next }));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)}>
      <ErrorBanner message={error} />
      <FormField label={currentLabel}>
        <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
      </FormField>
      <div className="grid-2">
        <FormField label="New password" hint={PASSWORD_HINT}>
          <input type="password" autoComplete="new-password" required minLength={12} value={next} onChange={(e) => setNext(e.target.value)} />
        </FormField>
        <FormField label="Confirm new password" error={mismatch ? 'The passwords do not match yet.' : null}>
          <input type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        </FormField>
      </div>
      <div className="row row--end">
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {cancelLabel}
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
