// Security in Settings: change the password, the second factor, and signing out everywhere.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useSession, useUser } from '../session/session-context.tsx';
import { useToast } from '../ui/toast.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { TotpPanel } from './totp-panel.tsx';

export function SecurityPanel(): ReactNode {
  const user = useUser();
  const { refreshUser, signOut } = useSession();
  const toast = useToast();
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <section className="panel stack" aria-labelledby="s-security">
      <h2 className="panel__title" id="s-security">
        Security
      </h2>
      <div className="stack">
        <div className="row row--between security-row">
          <div>
            <h3 className="subhead">Password</h3>
            <p className="muted small">Changing it signs you out on your other browsers and devices.</p>
          </div>
          {!changingPassword ? (
            <button type="button" className="button" onClick={() => setChangingPassword(true)}>
              Change password
            </button>
          ) : null}
        </div>
        {changingPassword ? (
          <ChangePasswordForm
            currentLabel="Current password"
            submitLabel="Change password"
            onCancel={() => setChangingPassword(false)}
            onChanged={() => {
              setChangingPassword(false);
              toast('Password changed');
            }}
          />
        ) : null}
      </div>
      <TotpPanel enabled={Boolean(user.totpEnabled)} onChanged={() => void refreshUser().catch(() => undefined)} />
      <div className="row row--between security-row">
        <div>
          <h3 className="subhead">Sign out everywhere</h3>
          <p className="muted small">Ends your sessions on every browser and device, including this one.</p>
        </div>
        <button type="button" className="button" onClick={() => void signOut(true)}>
          Sign out everywhere
        </button>
      </div>
    </section>
  );
}
