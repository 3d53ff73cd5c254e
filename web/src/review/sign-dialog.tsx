import type { ReactNode } from 'react';
import type { User } from '../api/types.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';

interface SignDialogProps {
  user: User;
  openWarnings: string[];
  /** Titles of sections that still hold a bracketed prompt. */
  promptSections: string[];
  /** Sentences the clinician's own model wrote with no source in the draft, still unedited. */
  modelAdded?: number;
  busy: boolean;
  onSign: () => void;
  onClose: () => void;
  /** What is signed: a progress note (corrected by addenda) or a document from a template (marked entered in error). */
  noun?: 'note' | 'document';
}

export function SignDialog({ user, openWarnings, promptSections, modelAdded = 0, busy, onSign, onClose, noun = 'note' }: SignDialogProps): ReactNode {
  const signer = user.credentials ? `${user.name}, ${user.credentials}` : user.name;
  return (
    <ModalDialog
      title={`Sign this ${noun}?`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Keep editing
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={onSign}>
            {busy ? 'Signing…' : `Sign as ${signer}`}
          </button>
        </>
      }
    >
      <p>
        Signing locks the {noun} with your name, credentials and the time. After that it cannot be changed;{' '}
        {noun === 'note' ? 'corrections are added as signed addenda.' : 'if it is wrong, mark it entered in error and write a new one.'}
      </p>
      {promptSections.length > 0 ? (
        <div className="banner banner--error">
          <strong>Still a placeholder:</strong> {promptSections.join(', ')}{' '}
          {promptSections.length === 1 ? 'still says' : 'still say'} “[Not documented…]”. That text would be signed as written.
        </div>
      ) : null}
      {modelAdded > 0 ? (
        <div className="banner banner--warn">
          <strong>Written by your model:</strong> {modelAdded === 1 ? 'one sentence marked' : `${modelAdded} sentences marked`} “model-added” {modelAdded === 1 ? 'has' : 'have'} no
          source in your draft. Signing makes {modelAdded === 1 ? 'it' : 'them'} yours.
        </div>
      ) : null}
      {openWarnings.length > 0 ? (
        <div className="banner banner--warn">
          <p>
            <strong>{openWarnings.length === 1 ? 'One item is' : `${openWarnings.length} items are`} still open:</strong>
          </p>
          <ul>
            {openWarnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </ModalDialog>
  );
}
