// Signing a note (after its latest edits are stored), marking a signed note entered in error, and
// a supervisor's co-signature: each asked for in a dialog ('ask'), then sent ('busy').
import { useState } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Note, StoredDocument } from '../api/types.ts';
import { useToast } from '../ui/toast.tsx';

type Step = 'ask' | 'busy' | null;

interface NoteActionsOptions {
  noteId: string;
  /** Waits for the queued saves; true when what is on screen is stored. */
  settle: () => Promise<boolean>;
  setNote: (note: Note) => void;
  setDoc: (doc: StoredDocument) => void;
  onError: (message: string) => void;
}

export interface NoteActions {
  signing: Step;
  setSigning: (step: Step) => void;
  cosigning: Step;
  setCosigning: (step: Step) => void;
  markingError: Step;
  setMarkingError: (step: Step) => void;
  sign: () => Promise<void>;
  cosign: () => Promise<void>;
  markEnteredInError: (reason: string) => Promise<void>;
}

export function useNoteActions({ noteId, settle, setNote, setDoc, onError }: NoteActionsOptions): NoteActions {
  const toast = useToast();
  const [signing, setSigning] = useState<Step>(null);
  const [cosigning, setCosigning] = useState<Step>(null);
  const [markingError, setMarkingError] = useState<Step>(null);

  async function sign(): Promise<void> {
    setSigning('busy');
    try {
      // Make sure the latest edits are stored before locking.
      if (!(await settle())) throw new Error('Your latest edits are not saved yet, so the note was not signed. Retry the save, then sign.');
      // The clinician's time zone: whether this is a late entry is read on their calendar.
      const { note: signed } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/sign`, {
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      setNote(signed);
      setDoc(signed.document);
      setSigning(null);
      toast('Note signed');
    } catch (e) {
      setSigning(null);
      onError(describeError(e));
    }
  }

  async function markEnteredInError(reason: string): Promise<void> {
    setMarkingError('busy');
    try {
      const { note: updated } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/entered-in-error`, { reason });
      setNote(updated);
      setMarkingError(null);
      toast('Note marked entered in error');
    } catch (e) {
      setMarkingError(null);
      onError(describeError(e));
    }
  }

  async function cosign(): Promise<void> {
    setCosigning('busy');
    try {
      const { note: updated } = await api.post<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}/cosign`);
      setNote(updated);
      setCosigning(null);
      toast('Note co-signed');
    } catch (e) {
      setCosigning(null);
      onError(describeError(e));
    }
  }

  return { signing, setSigning, cosigning, setCosigning, markingError, setMarkingError, sign, cosign, markEnteredInError };
}
