// The audit page's filters (user, action, days) and the query the list and the CSV share.

/** Events asked for at a time. */
export const PAGE = 200;

export interface Filters {
  userId: string;
  action: string;
  /** YYYY-MM-DD, the browser's calendar. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { userId: '', action: '', from: '', to: '' };

/** The query the list and the CSV share; days become instants in the browser's time zone. */
export function filterQuery(f: Filters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.userId) q.set('userId', f.userId);
  if (f.action) q.set('action', f.action);
  if (f.from) q.set('since', new Date(`${f.from}T00:00:00`).toISOString());
  if (f.to) {
    const next = new Date(`${f.to}T00:00:00`);
    next.setDate(next.getDate() + 1);
    q.set('until', next.toISOString());
  }
  return q;
}
