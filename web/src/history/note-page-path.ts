// Where a page of the Notes list is asked for. Its own module so that start-up (main.tsx) can ask
// for the first page, with the same path the page will ask for, without loading the page's code.
export interface NoteFilters {
  q: string;
  clientId: string;
  status: string;
  from: string;
  to: string;
}

const PAGE_SIZE = 50;

/** The list's first page with no filters: what the Notes page shows when it opens. */
export const NO_FILTERS: NoteFilters = { q: '', clientId: '', status: '', from: '', to: '' };

/**
 * The API path of a page of notes.
 * @example pagePath(NO_FILTERS, null) // '/api/notes?limit=50'
 */
export function pagePath(filters: NoteFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.clientId) params.set('clientId', filters.clientId);
  if (filters.status) params.set('status', filters.status);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return `/api/notes?${params}`;
}

