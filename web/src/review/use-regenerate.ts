// Regenerate: the note composed again from the same summary and worksheet, in a format and style
// the clinician picks, optionally keeping their edits (each placed where the new format puts its
// meaning, and listed for them to check).
import { useState } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Document, Note, StoredDocument } from '../api/types.ts';
import { FORMAT_LABELS } from '../ui/format-names.ts';
import { useToast } from '../ui/toast.tsx';
import { type EditPlacement, keepEdits, sentencesNeedingMeaning } from './keep-edits.ts';
import type { RegenerateChoice } from './regenerate-panel.tsx';

interface RegenerateOptions {
  note: Note | null;
  doc: StoredDocument | null;
  /** Shows the regenerated document. */
  setDoc: (doc: StoredDocument) => void;
  persist: (next: StoredDocument, extra?: { format?: string }) => Promise<void>;
  onError: (message: string | null) => void;
}

export interface Regenerate {
  regenerating: boolean;
  /** After "Keep my edits": where each of the clinician's sentences went, until dismissed. */
  kept: { format: string; placements: EditPlacement[] } | null;
  dismissKept: () => void;
  regenerate: (choice: RegenerateChoice) => Promise<void>;
}

/**
 * Where the composer would put each sentence in the new format: it reads the sentence as it reads
 * a summary (on this server, nothing stored), so "Therapist used grounding" is an intervention.
 * A sentence it cannot place is left to keepEdits' own rules.
 */
async function sectionsForSentences(texts: string[], choice: RegenerateChoice): Promise<Map<string, string>> {
  const meanings = new Map<string, string>();
  await Promise.all(
    texts.map(async (text) => {
      try {
        const one = await api.post<Document>('/api/compose', { format: choice.format, style: choice.style, summary: text });
        const section = one.sections.find((s) => s.key !== 'session' && s.key !== 'risk' && s.sentences.some((x) => x.source.length > 0));
        if (section) meanings.set(text, section.key);
      } catch {
        // Placed by its old section's meaning instead.
      }
    }),
  );
  return meanings;
}

export function useRegenerate({ note, doc, setDoc, persist, onError }: RegenerateOptions): Regenerate {
  const toast = useToast();
  const [regenerating, setRegenerating] = useState(false);
  const [kept, setKept] = useState<Regenerate['kept']>(null);

  async function regenerate(choice: RegenerateChoice): Promise<void> {
    if (!note || !doc) return;
    setRegenerating(true);
    onError(null);
    try {
      const fresh = await api.post<Document>('/api/compose', {
        format: choice.format,
        style: choice.style,
        ...(note.summary ? { summary: note.summary } : {}),
        ...(note.worksheet ? { worksheet: note.worksheet } : {}),
        ...(note.clientId ? { clientId: note.clientId } : {}),
      });
      let next: StoredDocument = fresh;
      if (choice.keepEdits) {
        const meanings = await sectionsForSentences(sentencesNeedingMeaning(doc, fresh), choice);
        const result = keepEdits(doc, fresh, { meanings });
        next = result.document;
        setKept({ format: FORMAT_LABELS[choice.format].name, placements: result.placements });
      } else setKept(null);
      setDoc(next);
      await persist(next, { format: choice.format });
      toast(`Regenerated as ${FORMAT_LABELS[choice.format].name}${choice.keepEdits ? ', with your edits kept' : ''}`);
    } catch (e) {
      onError(describeError(e));
    } finally {
      setRegenerating(false);
    }
  }

  return { regenerating, kept, dismissKept: () => setKept(null), regenerate };
}
