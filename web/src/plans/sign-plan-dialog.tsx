// Asks before a plan is signed: a signed plan is locked, and what it still lacks is counted.
import type { ReactNode } from 'react';
import { ModalDialog } from '../ui/modal-dialog.tsx';

interface SignPlanDialogProps {
  version: number;
  missing: number;
  onSign: () => void;
  onClose: () => void;
}

export function SignPlanDialog({ version, missing, onSign, onClose }: SignPlanDialogProps): ReactNode {
  return (
    <ModalDialog
      title={`Sign plan version ${version}?`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Keep editing
          </button>
          <button type="button" className="button button--primary" onClick={onSign}>
            Sign plan
          </button>
        </>
      }
    >
      <p>
        A signed plan cannot be changed; a later change is a new version.
        {missing ? ` It still lacks ${missing} item${missing === 1 ? '' : 's'} listed under “Still to give”.` : ''}
      </p>
    </ModalDialog>
  );
}
