// The note itself on the review page: its sections (editable sentence by sentence until signed),
// the suggested CPT code, and, once signed, its addenda.
import type { ReactNode } from 'react';
import type { Source } from '../../../src/compose/types.ts';
import type { Note, StoredDocument } from '../api/types.ts';
import { AddendaPanel } from './addenda-panel.tsx';
import { NoteSectionView } from './note-section-view.tsx';
import { addSentence, editSentence } from './note-text.ts';

interface NoteArticleProps {
  note: Note;
  doc: StoredDocument;
  readOnly: boolean;
  warnedSections: Set<string | undefined>;
  onHighlight: (sources: Source[] | null) => void;
  onChange: (next: StoredDocument) => void;
  onCopySection: (key: string) => void;
  /** Signs an addendum; absent when this reader may not add one. */
  onAddAddendum?: ((text: string) => Promise<void>) | undefined;
}

export function NoteArticle({ note, doc, readOnly, warnedSections, onHighlight, onChange, onCopySection, onAddAddendum }: NoteArticleProps): ReactNode {
  return (
    <article className="panel note" aria-label="Note">
      {doc.sections.map((section) => (
        <NoteSectionView
          key={section.key}
          section={section}
          readOnly={readOnly}
          hasWarning={warnedSections.has(section.key)}
          onHighlight={onHighlight}
          onEdit={(index, text) => onChange(editSentence(doc, { sectionKey: section.key, index, text }))}
          onAdd={(text) => onChange(addSentence(doc, { sectionKey: section.key, text }))}
          onCopy={() => onCopySection(section.key)}
        />
      ))}
      {doc.cpt ? (
        <p className="cpt small muted">
          Suggested CPT code: <strong>{doc.cpt.code}</strong> {doc.cpt.description} ({doc.cpt.reason})
        </p>
      ) : null}
      {note.status === 'signed' ? <AddendaPanel addenda={note.addenda ?? []} {...(onAddAddendum ? { onAdd: onAddAddendum } : {})} /> : null}
    </article>
  );
}
