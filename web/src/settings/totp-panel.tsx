// Second factor: enrol with a QR code from the server, confirm with a code, keep the recovery codes.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { TotpEnrolment } from '../api/types.ts';
import { copyText } from '../review/copy-text.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { useToast } from '../ui/toast.tsx';
import { QrSvg } from './qr-svg.tsx';

export function TotpPanel({ enabled, onChanged }: { enabled: boolean; onChanged: () => void }): ReactNode {
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  // Turning it on needs the password again, like turning it off.
  const start = (event: FormEvent): Promise<void> => {
    event.preventDefault();
    return run(async () => {
      setEnrolment(await api.post<TotpEnrolment>('/api/auth/totp/enrol', { password }));
      setStarting(false);
      setPassword('');
    });
  };
  const confirm = (event: FormEvent): Promise<void> => {
    event.preventDefault();
    return run(async () => {
      const r = await api.post<{ recoveryCodes: string[] }>('/api/auth/totp/confirm', { code: code.replace(/\s+/g, '') });
      setRecovery(r.recoveryCodes);
      setEnrolment(null);
      setCode('');
      onChanged();
    });
  };
  const disable = (event: FormEvent): Promise<void> => {
    event.preventDefault();
    return run(async () => {
      await api.delete('/api/auth/totp', { password });
      setDisabling(false);
      setPassword('');
      onChanged();
    });
  };

  return (
    <div className="stack totp">
      <div className="row row--between">
        <div>
          <h3 className="subhead">Two-step sign-in</h3>
          <p className="muted small">
            {enabled || recovery ? 'On: signing in asks for a code from your authenticator app.' : 'Off. Turn it on to ask for a code from an authenticator app when you sign in.'}
          </p>
        </div>
        {!enabled && !enrolment && !recovery && !starting ? (
          <button type="button" className="button" onClick={() => setStarting(true)} disabled={busy}>
            Set up two-step sign-in
          </button>
        ) : null}
        {enabled && !disabling && !recovery ? (
          <button type="button" className="button button--quiet" onClick={() => setDisabling(true)}>
            Turn off
          </button>
        ) : null}
      </div>
      <ErrorBanner message={error} />
      {starting ? (
        <form className="row row--end totp__start" onSubmit={(e) => void start(e)}>
          <FormField label="Your password, to turn it on">
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </FormField>
          <button type="button" className="button button--quiet" onClick={() => setStarting(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Continue
          </button>
        </form>
      ) : null}
      {enrolment ? (
        <form className="totp__enrol" onSubmit={(e) => void confirm(e)}>
          <QrSvg svg={enrolment.qrSvg} />
          <div className="stack">
            <p className="small">
              Scan the code with your authenticator app, or enter this key: <code className="secret">{enrolment.secret}</code>
            </p>
            <FormField label="Code from the app">
              <input inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} />
            </FormField>
            <div className="row">
              <button type="button" className="button button--quiet" onClick={() => setEnrolment(null)}>
                Cancel
              </button>
              <button type="submit" className="button button--primary" disabled={busy || !code.trim()}>
                Turn on
              </button>
            </div>
          </div>
        </form>
      ) : null}
      {recovery ? (
        <div className="banner banner--ok stack">
          <p>
            <strong>Two-step sign-in is on.</strong> Keep these recovery codes somewhere safe, away from this computer. Each works once if you
            lose your phone. They are not shown again.
          </p>
          <ul className="recovery-codes" aria-label="Recovery codes">
            {recovery.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <div className="row">
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                void copyText(recovery.join('\n')).then(
                  () => toast('Recovery codes copied'),
                  (e: unknown) => toast(describeError(e), 'error'),
                )
              }
            >
              Copy codes
            </button>
            <button type="button" className="button button--small button--primary" onClick={() => setRecovery(null)}>
              I have saved them
            </button>
          </div>
        </div>
      ) : null}
      {disabling ? (
        <form className="row row--end totp__disable" onSubmit={(e) => void disable(e)}>
          <FormField label="Your password, to turn it off">
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </FormField>
          <button type="button" className="button button--quiet" onClick={() => setDisabling(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            Turn off two-step sign-in
          </button>
        </form>
      ) : null}
    </div>
  );
}
