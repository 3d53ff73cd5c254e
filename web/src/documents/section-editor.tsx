// A draft document's sections as text fields, saved together.
import type { ReactNode } from 'react';

interface SectionEditorProps {
  sections: readonly { key: string; title: string }[];
  texts: string[];
  onChange: (texts: string[]) => void;
  onSave: (texts: string[]) => void;
  onCancel: () => void;
}

/** Each section of a draft document as its own field; Save keeps them all, Cancel keeps none. */
export function SectionEditor({ sections, texts, onChange, onSave, onCancel }: SectionEditorProps): ReactNode {
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(texts);
      }}
    >
      {sections.map(({ key, title }, i) => (
        <label key={key} className="field">
          <span className="field__label">{title}</span>
          <textarea rows={Math.min(12, Math.max(3, Math.ceil((texts[i]?.length ?? 0) / 90)))} value={texts[i] ?? ''} onChange={(e) => onChange(texts.map((t, j) => (j === i ? e.target.value : t)))} />
        </label>
      ))}
      <div className="row">
        <button type="submit" className="button button--primary">
          Save changes
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
