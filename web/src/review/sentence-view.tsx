// One sentence of the note. Hover or focus shows where it came from; click or Enter edits it in place.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Source } from '../../../src/compose/types.ts';
import type { StoredSentence } from '../api/types.ts';
import { isPrompt as isPromptText } from './note-text.ts';

interface SentenceViewProps {
  sentence: StoredSentence;
  readOnly: boolean;
  startEditing?: boolean;
  onHighlight: (sources: Source[] | null) => void;
  onCommit: (text: string | null) => void;
  onCancelNew?: () => void;
}

export function SentenceView({ sentence, readOnly, startEditing = false, onHighlight, onCommit, onCancelNew }: SentenceViewProps): ReactNode {
  const [editing, setEditing] = useState(startEditing);
  const [draft, setDraft] = useState(isPromptText(sentence.text) ? '' : sentence.text);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const spanRef = useRef<HTMLSpanElement>(null);
  // An edit closes once. Enter or Escape removes the box, and Chromium then fires blur on it,
  // which Preact delivers: without this, Escape would save the text it meant to drop.
  const open = useRef(startEditing);
  const isPrompt = isPromptText(sentence.text);
  const startText = isPrompt ? '' : sentence.text;

  useEffect(() => {
    if (editing && areaRef.current) {
      const area = areaRef.current;
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    }
  }, [editing]);

  // An open edit is not saved until Enter or leaving the box: closing or reloading the tab would
  // lose it, so ask first (as the Write page does for an unsent summary).
  const unsaved = editing && draft.replace(/\s+/g, ' ').trim() !== startText.trim();
  // A layout effect: the guard is in place as the page shows the unsaved text, not a frame later.
  useLayoutEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  function start(): void {
    open.current = true;
    setDraft(startText);
    setEditing(true);
  }

  function finish(save: boolean): void {
    if (!open.current) return;
    open.current = false;
    setEditing(false);
    const text = draft.replace(/\s+/g, ' ').trim();
    if (!save) {
      setDraft(startText);
      if (onCancelNew) onCancelNew();
    } else if (text === '' && isPrompt) {
      // Left empty: the prompt stays.
    } else if (text !== sentence.text.trim()) {
      onCommit(text === '' ? null : text);
    } else if (onCancelNew && text === '') {
      onCancelNew();
    }
    window.setTimeout(() => spanRef.current?.focus(), 0);
  }

  function onAreaKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  }

  if (editing) {
    return (
      <span className="sentence-edit">
        <textarea
          ref={areaRef}
          className="sentence-edit__area"
          aria-label="Edit sentence. Enter saves, Escape cancels."
          value={draft}
          placeholder={isPrompt ? sentence.text.replace(/^\[|\]$/g, '') : undefined}
          rows={Math.max(2, Math.ceil(draft.length / 70))}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onAreaKeyDown}
          onBlur={() => finish(true)}
          onFocus={() => onHighlight(sentence.source)}
        />
      </span>
    );
  }

  const classes = ['sentence', sentence.edited ? 'is-edited' : '', sentence.modelAdded ? 'is-model-added' : '', isPrompt ? 'is-prompt' : '', readOnly ? 'is-readonly' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a sentence is prose; it is a button only while the note is editable */}
      <span
        ref={spanRef}
        className={classes}
        tabIndex={0}
        role={readOnly ? undefined : 'button'}
        aria-description={readOnly ? undefined : 'Press Enter to edit'}
        data-sources={sentence.source.length}
        onMouseEnter={() => onHighlight(sentence.source)}
        onMouseLeave={() => onHighlight(null)}
        onFocus={() => onHighlight(sentence.source)}
        onBlur={() => onHighlight(null)}
        onClick={() => {
          if (!readOnly) start();
        }}
        onKeyDown={(e) => {
          if (!readOnly && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            start();
          }
        }}
      >
        {sentence.text}
      </span>
      {sentence.edited ? (
        <span className="edited-tag" title="You edited this sentence">
          edited
        </span>
      ) : null}
      {sentence.modelAdded ? (
        // Your model wrote this sentence with nothing in the draft as its source: read it before signing.
        <span className="model-added-tag" title="Added by your model: not in your draft. Edit it to make it yours, or empty it to remove it.">
          model-added
        </span>
      ) : null}{' '}
    </>
  );
}
