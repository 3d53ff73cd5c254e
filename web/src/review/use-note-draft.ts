// The note under review and its document as edited on screen. Every change is saved at once;
// saves run one after another, in order, and a failed one keeps the edits on screen (and asks
// before the tab is closed) until it is retried.
import { type MutableRefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Note, StoredDocument } from '../api/types.ts';
import type { SaveState } from './save-indicator.tsx';

export interface NoteDraft {
  note: Note | null;
  setNote: (note: Note) => void;
  doc: StoredDocument | null;
  setDoc: (doc: StoredDocument) => void;
  loadError: string | null;
  save: SaveState;
  /** The latest document: a save retried after signing in again sends what is on screen now. */
  docRef: MutableRefObject<StoredDocument | null>;
  /** Queues a save of this document (with the note's new format, after a regenerate). */
  persist: (next: StoredDocument, extra?: { format?: string }) => Promise<void>;
  /** Shows the document and saves it. */
  change: (next: StoredDocument) => void;
  /** Waits for the queued saves, retries a failed one; true when what is on screen is stored. */
  settle: () => Promise<boolean>;
}

export function useNoteDraft(noteId: string): NoteDraft {
  const [note, setNote] = useState<Note | null>(null);
  const [doc, setDoc] = useState<StoredDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const docRef = useRef<StoredDocument | null>(null);
  docRef.current = doc;

  useEffect(() => {
    api.get<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}`).then(
      ({ note }) => {
        setNote(note);
        setDoc(note.document);
      },
      (e) => setLoadError(describeError(e)),
    );
  }, [noteId]);

  const lastSaveFailed = useRef(false);
  const saveNow = useCallback(
    async (next: StoredDocument, extra: { format?: string }) => {
      setSave({ kind: 'saving' });
      try {
        const { note: saved } = await api.patch<{ note: Note }>(`/api/notes/${encodeURIComponent(noteId)}`, { document: next, ...extra });
        setNote(saved);
        lastSaveFailed.current = false;
        setSave({ kind: 'saved', at: Date.now() });
      } catch (e) {
        lastSaveFailed.current = true;
        setSave({ kind: 'failed', message: describeError(e) });
      }
    },
    [noteId],
  );

  // Saves run one after another, in order; signing waits for the last one.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const persist = useCallback(
    (next: StoredDocument, extra: { format?: string } = {}): Promise<void> => {
      saving.current = saving.current.then(() => saveNow(next, extra));
      return saving.current;
    },
    [saveNow],
  );

  // A failed save keeps the edits on screen; closing the tab then would lose them, so ask.
  // A layout effect: the guard is in place as the page shows the unsaved text, not a frame later.
  useLayoutEffect(() => {
    if (save.kind !== 'failed' && save.kind !== 'saving') return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [save.kind]);

  function change(next: StoredDocument): void {
    setDoc(next);
    void persist(next);
  }

  async function settle(): Promise<boolean> {
    await saving.current;
    if (lastSaveFailed.current && docRef.current) await persist(docRef.current);
    return !lastSaveFailed.current;
  }

  return { note, setNote, doc, setDoc, loadError, save, docRef, persist, change, settle };
}
