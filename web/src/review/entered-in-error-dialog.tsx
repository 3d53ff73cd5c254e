import { useState } from 'react';
import type { ReactNode } from 'react';
import { FormField } from '../ui/form-field.tsx';
import { ModalDialog } from '../ui/modal-dialog.tsx';

interface EnteredInErrorDialogProps {
  busy: boolean;
  onMark: (reason: string) => void;
  onClose: () => void;
  /** What is marked: a note or a document from a template. */
  noun?: 'note' | 'document';
}

/** Marks a signed note (or document) entered in error: it is kept and shown as such, never deleted. */
export function EnteredInErrorDialog({ busy, onMark, onClose, noun = 'note' }: EnteredInErrorDialogProps): ReactNode {
  const [reason, setReason] = useState('');
  const ready = reason.trim().length > 0;
  return (
    <ModalDialog
      title={`Mark this ${noun} entered in error?`}
      tone="danger"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--danger" disabled={busy || !ready} onClick={() => onMark(reason.trim())}>
            {busy ? 'Marking…' : 'Mark entered in error'}
          </button>
        </>
      }
    >
      <p>A signed {noun} is part of the record and is never deleted. It stays readable, marked entered in error with your reason.</p>
      <FormField label="Reason">
        <textarea value={reason} maxLength={2000} rows={3} onChange={(e) => setReason(e.target.value)} placeholder="For example: written for the wrong client" />
      </FormField>
    </ModalDialog>
  );
}
