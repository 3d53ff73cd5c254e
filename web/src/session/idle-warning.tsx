// Warns before the server's idle timeout ends the session, with a countdown and a way to stay.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { ModalDialog } from '../ui/modal-dialog.tsx';

interface IdleWarningProps {
  /** Epoch ms when the server will consider the session idle. */
  deadline: number;
  warnBeforeMs: number;
  onStay: () => Promise<void>;
  onSignOut: () => void;
  onExpired: () => void;
}

export function IdleWarning({ deadline, warnBeforeMs, onStay, onSignOut, onExpired }: IdleWarningProps): ReactNode {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const remaining = deadline - now;
  const expired = remaining <= 0;
  useEffect(() => {
    if (expired) onExpired();
  }, [expired, onExpired]);
  if (remaining > warnBeforeMs || remaining <= 0) return null;
  const seconds = Math.ceil(remaining / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <ModalDialog
      title="Still there?"
      onClose={() => void onStay()}
      actions={
        <>
          <button type="button" className="button button--quiet" onClick={onSignOut}>
            Sign out
          </button>
          <button type="button" className="button button--primary" onClick={() => void onStay()}>
            Stay signed in
          </button>
        </>
      }
    >
      <p>
        For privacy, Afterword signs you out after a period without activity. You will be signed out in{' '}
        <strong className="countdown">{clock}</strong>.
      </p>
      <p className="muted">Unsaved text on this page stays here either way.</p>
    </ModalDialog>
  );
}
