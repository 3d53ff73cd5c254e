import type { ReactNode } from 'react';
import { useSession } from '../session/session-context.tsx';
import { SignInForm } from '../session/sign-in-form.tsx';
import { AuthLayout } from './auth-layout.tsx';

export function SignInPage({ reason }: { reason?: string | undefined }): ReactNode {
  const { signedIn } = useSession();
  return (
    <AuthLayout title="Sign in" lead={reason ?? 'Welcome back.'}>
      <SignInForm onSignedIn={signedIn} />
    </AuthLayout>
  );
}
