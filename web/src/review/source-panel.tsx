// The clinician's own input beside the note: the summary (with the words behind the focused
// sentence highlighted) and the worksheet items (the cited ones highlighted).
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Source } from '../../../src/compose/types.ts';
import type { Worksheet } from '../api/types.ts';
import { summarySegments } from './summary-segments.ts';
import { fieldMatches, worksheetItems } from './worksheet-items.ts';

interface SourcePanelProps {
  summary: string | null | undefined;
  worksheet: Worksheet | null | undefined;
  active: Source[] | null;
  /** Every source the note's sentences cite: the rest of the summary is "not used". */
  cited: Source[];
  /** Heading of the panel: a supervisor reads the clinician's words, not their own. */
  title?: string;
}

const spans = (active: Source[] | null): { start: number; end: number }[] =>
  (active ?? []).flatMap((s) => ('start' in s ? [{ start: s.start, end: s.end }] : []));

export function SourcePanel({ summary, worksheet, active, cited, title = 'Your words' }: SourcePanelProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [showUnused, setShowUnused] = useState(false);
  const used = cited.flatMap((s) => ('start' in s ? [{ start: s.start, end: s.end }] : []));
  const segments = summary ? summarySegments(summary, spans(active), showUnused ? used : undefined) : [];
  const unusedCount = summary ? summarySegments(summary, [], used).filter((s) => s.unused).length : 0;
  const fields = (active ?? []).flatMap((s) => ('field' in s && s.origin === 'worksheet' ? [s.field] : []));
  const other = (active ?? []).filter((s) => 'field' in s && s.origin !== 'worksheet');
  const items = worksheetItems(worksheet);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the highlighted sentence changes
  useEffect(() => {
    // Scroll only the panel, never the page: pointing at a sentence must not move what is read.
    const first = ref.current?.querySelector<HTMLElement>('.is-source');
    const box = ref.current?.parentElement;
    if (!first || !box || box.scrollHeight <= box.clientHeight) return;
    const top = first.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < 0 || top > box.clientHeight - 40) box.scrollTo({ top: box.scrollTop + top - 40, behavior: 'smooth' });
  }, [active]);

  const nothing = !summary && items.length === 0;
  return (
    <div className="source-panel" ref={ref}>
      <h2 className="panel__title">{title}</h2>
      <p className="muted small source-panel__hint" aria-live="polite">
        {active === null
          ? 'Point at or focus a sentence to see what it was written from.'
          : active.length === 0
            ? 'This sentence is a fixed phrase of the template or your own edit.'
            : other.length > 0 && spans(active).length === 0 && fields.length === 0
              ? `From the client's ${other.map((o) => o.origin).join(' and ')}.`
              : 'Highlighted: what this sentence was written from.'}
      </p>
      {nothing ? <p className="muted">No summary or worksheet is kept for this note.</p> : null}
      {summary ? (
        <div className="source-summary">
          <h3 className="subhead">Post-session summary</h3>
          {unusedCount > 0 ? (
            <label className="check-line small">
              <input type="checkbox" checked={showUnused} onChange={(e) => setShowUnused(e.target.checked)} />
              Show what the note does not use ({unusedCount} {unusedCount === 1 ? 'passage' : 'passages'})
            </label>
          ) : null}
          <p className="source-summary__text">
            {segments.map((seg) =>
              seg.marked ? (
                <mark key={seg.start} className="is-source">
                  {seg.text}
                </mark>
              ) : (
                <span key={seg.start} className={seg.unused ? 'is-unused' : undefined} title={seg.unused ? 'No sentence of the note was written from this' : undefined}>
                  {seg.text}
                </span>
              ),
            )}
          </p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <div className="source-worksheet">
          <h3 className="subhead">Worksheet</h3>
          <dl className="ws-items">
            {items.map((item) => {
              const on = fields.some((f) => fieldMatches(f, item.field));
              return (
                <div key={item.field} className={`ws-item${on ? ' is-source' : ''}`} data-field={item.field}>
                  <dt>{item.label}</dt>
                  <dd>{item.value}</dd>
                </div>
              );
            })}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
