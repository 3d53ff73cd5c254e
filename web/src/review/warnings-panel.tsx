// What the note may be missing before signing, each linked to its section.
import type { ReactNode } from 'react';
import type { StoredDocument } from '../api/types.ts';
import { isWarningAddressed } from './note-text.ts';

export function WarningsPanel({ doc, onGo }: { doc: StoredDocument; onGo: (section: string) => void }): ReactNode {
  const warnings = doc.warnings ?? [];
  const open = warnings.filter((w) => !isWarningAddressed(doc, w.section)).length;
  return (
    <section className="warnings" aria-labelledby="warnings-title">
      <h2 className="panel__title" id="warnings-title">
        Before you sign
        {warnings.length > 0 ? <span className={`count${open === 0 ? ' count--ok' : ' count--warn'}`}>{open}</span> : null}
      </h2>
      {warnings.length === 0 ? (
        <p className="muted small">No missing elements found. Read the note once more, then sign.</p>
      ) : (
        <ul className="warnings__list">
          {warnings.map((w, i) => {
            const done = isWarningAddressed(doc, w.section);
            const title = w.section ? doc.sections.find((s) => s.key === w.section)?.title : undefined;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id
              <li key={i} className={`warning warning--${w.code === 'risk_present' ? 'risk' : 'default'}${done ? ' is-done' : ''}`} data-code={w.code}>
                <span className="warning__icon" aria-hidden="true">
                  {done ? '✓' : '!'}
                </span>
                <span className="warning__body">
                  <span className="warning__message">{w.message}</span>
                  {done ? <span className="warning__state">Addressed by your edit</span> : null}
                  {w.section ? (
                    <button type="button" className="link-button small" onClick={() => onGo(w.section!)}>
                      Go to {title ?? w.section}
                    </button>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
