// After regenerating with "Keep my edits": a short list of where each of the clinician's sentences
// went in the new draft, so a sentence that moved section is found and checked, not missed.
import type { ReactNode } from 'react';
import type { EditPlacement } from './keep-edits.ts';

const SHOWN_CHARS = 90;

const excerpt = (text: string): string => (text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1).trimEnd()}…` : text);

export function KeptEditsNotice({ format, placements, onClose }: { format: string; placements: EditPlacement[]; onClose: () => void }): ReactNode {
  return (
    <section className="kept-edits" role="status" aria-labelledby="kept-edits-title">
      <div className="kept-edits__head">
        <h2 className="kept-edits__title" id="kept-edits-title">
          {placements.length === 0
            ? `Regenerated as ${format}. There were no edits to keep.`
            : `Your ${placements.length === 1 ? 'sentence is' : `${placements.length} sentences are`} kept in the ${format} draft`}
        </h2>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          Dismiss
        </button>
      </div>
      {placements.length > 0 ? (
        <ul className="kept-edits__list">
          {placements.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown
            <li key={i} className="kept-edits__item">
              <span className="kept-edits__text">“{excerpt(p.text)}”</span>{' '}
              <span className="kept-edits__where">
                {p.from === p.to ? (
                  <>
                    stays in <strong>{p.to}</strong>
                  </>
                ) : (
                  <>
                    from {p.from} to <strong>{p.to}</strong>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
