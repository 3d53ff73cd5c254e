// The Notes list's keyset: a page ends at a row, and the next page starts strictly after it in
// the list's order (list_date, created_at, id, all descending). The cursor carries that row's
// three sort values, opaque to the client, so paging is one index range read however deep it
// goes, and a note written meanwhile neither repeats nor skips a row.
import { AppError } from '../app-error.ts';

export interface NoteCursor {
  listDate: string;
  createdAt: string;
  id: string;
}

export function encodeNoteCursor(cursor: NoteCursor): string {
  return Buffer.from(JSON.stringify([cursor.listDate, cursor.createdAt, cursor.id]), 'utf8').toString('base64url');
}

const BAD_CURSOR = 'The cursor is not one this server gave out: load the list again from the first page (without cursor)';

/** @example decodeNoteCursor(page.nextCursor) // { listDate: '2026-11-27', createdAt: '2026-11-27T14:55:00.000Z', id: '...' } */
export function decodeNoteCursor(text: string): NoteCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('bad_request', BAD_CURSOR, { field: 'query.cursor' });
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 64)) {
    throw new AppError('bad_request', BAD_CURSOR, { field: 'query.cursor' });
  }
  const [listDate, createdAt, id] = parts as [string, string, string];
  return { listDate, createdAt, id };
}
