// Shown over the page when the session has ended mid-work. Nothing on the page is lost: the
// request that failed is retried once the clinician has signed in again.
import type { ReactNode } from 'react';
import type { User } from '../api/types.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { SignInForm } from './sign-in-form.tsx';

interface ReauthDialogProps {
  email: string;
  onSignedIn: (result: { user: User; csrfToken: string }) => void;
  onCancel: () => void;
}

export function ReauthDialog({ email, onSignedIn, onCancel }: ReauthDialogProps): ReactNode {
  return (
    <ModalDialog title="Sign in again to continue" onClose={onCancel}>
      <p className="muted">
        Your session ended. Everything on this page is still here; sign in and Afterword will finish saving it.
      </p>
      <SignInForm
        initialEmail={email}
        submitLabel="Sign in and continue"
        onSignedIn={onSignedIn}
        secondary={
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Not now
          </button>
        }
      />
    </ModalDialog>
  );
}
