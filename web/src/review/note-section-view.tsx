import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Source } from '../../../src/compose/types.ts';
import type { StoredSection } from '../api/types.ts';
import { SentenceView } from './sentence-view.tsx';

interface NoteSectionViewProps {
  section: StoredSection;
  readOnly: boolean;
  hasWarning: boolean;
  onHighlight: (sources: Source[] | null) => void;
  onEdit: (index: number, text: string | null) => void;
  onAdd: (text: string) => void;
  onCopy: () => void;
}

export function NoteSectionView({ section, readOnly, hasWarning, onHighlight, onEdit, onAdd, onCopy }: NoteSectionViewProps): ReactNode {
  const [adding, setAdding] = useState(false);
  const headingId = `section-${section.key}`;
  return (
    <section className={`note-section${hasWarning ? ' has-warning' : ''}`} aria-labelledby={headingId} data-section={section.key}>
      <div className="note-section__head">
        <h2 className="note-section__title" id={headingId} tabIndex={-1}>
          {section.title}
        </h2>
        <div className="note-section__tools">
          {!readOnly ? (
            <button type="button" className="button button--quiet button--small" onClick={() => setAdding(true)}>
              Add sentence
            </button>
          ) : null}
          <button type="button" className="button button--quiet button--small" onClick={onCopy} aria-label={`Copy ${section.title}`}>
            Copy
          </button>
        </div>
      </div>
      <p className="note-section__text">
        {section.sentences.map((sentence, index) => (
          <SentenceView
            // biome-ignore lint/suspicious/noArrayIndexKey: sentences have no id; order is their identity
            key={index}
            sentence={sentence}
            readOnly={readOnly}
            onHighlight={onHighlight}
            onCommit={(text) => onEdit(index, text)}
          />
        ))}
        {adding ? (
          <SentenceView
            sentence={{ text: '', source: [], edited: true }}
            readOnly={false}
            startEditing
            onHighlight={onHighlight}
            onCommit={(text) => {
              setAdding(false);
              if (text) onAdd(text);
            }}
            onCancelNew={() => setAdding(false)}
          />
        ) : null}
        {section.sentences.length === 0 && !adding ? <span className="muted">Nothing in this section.</span> : null}
      </p>
    </section>
  );
}
