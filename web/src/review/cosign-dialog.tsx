import type { ReactNode } from 'react';
import type { User } from '../api/types.ts';
import { signerText } from '../ui/format-names.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';

interface CosignDialogProps {
  user: User;
  /** Who signed the note, as printed on it. */
  author: string;
  busy: boolean;
  onCosign: () => void;
  onClose: () => void;
}

/** Confirms a supervisor's co-signature: it is added once and cannot be taken back. */
export function CosignDialog({ user, author, busy, onCosign, onClose }: CosignDialogProps): ReactNode {
  const signer = signerText({ name: user.name, ...(user.credentials ? { credentials: user.credentials } : {}) });
  return (
    <ModalDialog
      title="Co-sign this note?"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Not yet
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={onCosign}>
            {busy ? 'Co-signing…' : `Co-sign as ${signer}`}
          </button>
        </>
      }
    >
      <p>
        Your co-signature records that you reviewed this note{author ? `, signed by ${author},` : ''} as its supervisor. It adds your
        name, credentials and the time; the note stays exactly as the clinician signed it. A co-signature cannot be removed.
      </p>
    </ModalDialog>
  );
}
