// The Notes list a page at a time: the first page again whenever the filters change (after a
// short pause in typing), further pages on request. A request the page no longer needs (older
// filters, or a page of them) is cancelled, so a slow answer to a stale search never replaces
// the answer to the current one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { NoteListItem } from '../api/types.ts';
import { type NoteFilters, pagePath } from './note-page-path.ts';


interface NotePage {
  notes: NoteListItem[];
  nextCursor: string | null;
}

export interface NotePages {
  /** null until the first page arrives. */
  notes: NoteListItem[] | null;
  hasMore: boolean;
  loadingMore: boolean;
  error: string | null;
  loadMore(): void;
  /** Reloads from the first page (after a deletion). */
  reload(): void;
}

const TYPING_PAUSE_MS = 200;

export function useNotePages(filters: NoteFilters): NotePages {
  const [notes, setNotes] = useState<NoteListItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // The request in flight for the current filters (first page or more); aborted when they change.
  const inFlight = useRef<AbortController | null>(null);
  // The pause is for typing: until a first list is shown it is asked for at once (the pause cost
  // 200 ms at every start-up).
  const shown = useRef(false);

  const { q, clientId, status, from, to } = filters;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` forces a reload
  useEffect(() => {
    const controller = new AbortController();
    inFlight.current?.abort();
    inFlight.current = controller;
    setLoadingMore(false);
    const timer = window.setTimeout(() => {
      api.get<NotePage>(pagePath({ q, clientId, status, from, to }, null), { signal: controller.signal }).then(
        (page) => {
          if (controller.signal.aborted) return;
          shown.current = true;
          setNotes(page.notes);
          setCursor(page.nextCursor);
          setError(null);
        },
        (e) => {
          if (!controller.signal.aborted) setError(describeError(e));
        },
      );
    }, shown.current ? TYPING_PAUSE_MS : 0);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, clientId, status, from, to, generation]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const controller = new AbortController();
    inFlight.current = controller;
    setLoadingMore(true);
    api.get<NotePage>(pagePath({ q, clientId, status, from, to }, cursor), { signal: controller.signal }).then(
      (page) => {
        if (controller.signal.aborted) return;
        setNotes((shown) => [...(shown ?? []), ...page.notes]);
        setCursor(page.nextCursor);
        setLoadingMore(false);
      },
      (e) => {
        if (controller.signal.aborted) return;
        setError(describeError(e));
        setLoadingMore(false);
      },
    );
  }, [cursor, loadingMore, q, clientId, status, from, to]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { notes, hasMore: cursor !== null, loadingMore, error, loadMore, reload };
}
