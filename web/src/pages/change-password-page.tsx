// After signing in with a password the practice owner chose (a colleague's first password, or a
// one-time password after a reset): nothing else opens until the clinician has chosen their own
// password (the server refuses every other request too).
import type { ReactNode } from 'react';
import { useSession } from '../session/session-context.tsx';
import { ChangePasswordForm } from '../settings/change-password-form.tsx';
import { AuthLayout } from './auth-layout.tsx';

export function ChangePasswordPage(): ReactNode {
  const { signedIn, signOut } = useSession();
  return (
    <AuthLayout
      title="Choose a new password"
      lead="You signed in with a password the practice owner chose for you. Choose your own password to go on; only you will know it."
    >
      <ChangePasswordForm currentLabel="Password from the practice owner" submitLabel="Save and continue" onChanged={signedIn} onCancel={() => void signOut()} cancelLabel="Sign out" />
    </AuthLayout>
  );
}
