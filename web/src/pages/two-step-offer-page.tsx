// First run, right after the owner account is made: offer two-step sign-in (TOTP) before the
// first note, since this account will hold clinical records. Skippable; Settings has it later.
import type { ReactNode } from 'react';
import { navigate } from '../app/use-hash-route.ts';
import { useSession, useUser } from '../session/session-context.tsx';
import { TotpPanel } from '../settings/totp-panel.tsx';
import { AuthLayout } from './auth-layout.tsx';

export function TwoStepOfferPage(): ReactNode {
  const user = useUser();
  const { refreshUser } = useSession();
  const enabled = Boolean(user.totpEnabled);
  return (
    <AuthLayout
      title="Protect your account"
      lead="Your account is ready. Two-step sign-in asks for a code from an authenticator app on your phone as well as your password, so a stolen password alone does not open your notes."
    >
      <div className="stack">
        <TotpPanel enabled={enabled} onChanged={() => void refreshUser().catch(() => undefined)} />
        <div className="row row--between">
          <p className="muted small">You can turn it on or off later in Settings.</p>
          <button type="button" className={`button ${enabled ? 'button--primary' : 'button--quiet'}`} onClick={() => navigate('#/write')}>
            {enabled ? 'Continue to Afterword' : 'Skip for now'}
          </button>
        </div>
      </div>
    </AuthLayout>
  );
}
