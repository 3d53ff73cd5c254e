import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { FORMAT_KEYS, type FormatKey } from '#compose';
import type { Database, NoteStatus } from '../database.ts';
import { openField } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { normaliseText, searchWords } from '../search/search-words.ts';
import { termHash } from '../search/term-hash.ts';
import { decodeNoteCursor, encodeNoteCursor } from './note-cursor.ts';
import { hasFreeTextColumn, NOTE_LIST_COLUMNS } from './note-list-columns.ts';
import type { NoteListItem } from './note-view.ts';
import { readRetentionDays } from './read-retention-days.ts';
import { toNoteListItemFromColumns } from './to-note-view.ts';

export const NOTE_PAGE_DEFAULT = 50;
export const NOTE_PAGE_MAX = 200;

export interface ListNotesOptions {
  userId: string;
  clientId?: string | undefined;
  status?: NoteStatus | undefined;
  /** Session dates (YYYY-MM-DD) from and to, inclusive; a note without a session date counts by the day it was written. */
  from?: string | undefined;
  to?: string | undefined;
  /** Words every listed note must match: whole words of its text (through the search index), part of its client's name, or its format. */
  q?: string | undefined;
  /** From a previous page's `nextCursor`: the page after it. */
  cursor?: string | undefined;
  /** Rows per page (default NOTE_PAGE_DEFAULT, at most NOTE_PAGE_MAX). */
  limit?: number | undefined;
}

export interface NotePage {
  notes: NoteListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

type NotesWhere = ExpressionBuilder<Database, 'notes'>;

/**
 * A page of the clinician's own notes, newest session first. Rows come from the list columns
 * (one small decryption per row, the glance); filters run in SQL, and words through the search
 * index of keyed hashes, so no note body is decrypted.
 * @example const { notes, nextCursor } = await listNotes(store, { userId, q: 'panic', from: '2026-01-01' });
 */
export async function listNotes(store: Store, options: ListNotesOptions): Promise<NotePage> {
  const limit = Math.min(Math.max(options.limit ?? NOTE_PAGE_DEFAULT, 1), NOTE_PAGE_MAX);
  const tokens = (options.q ?? '').split(/\s+/).filter(Boolean);
  // Client names are encrypted: a query word may match the names of the clinician's clients,
  // decrypted here (a caseload, not a practice), as it did before the index.
  const clientNames = tokens.length > 0 ? await readClientNames(store, options.userId) : null;

  let query = store.db.selectFrom('notes').select([...NOTE_LIST_COLUMNS, hasFreeTextColumn]).where('notes.user_id', '=', options.userId);
  if (options.clientId) query = query.where('notes.client_id', '=', options.clientId);
  if (options.status) query = query.where('notes.status', '=', options.status);
  if (options.from) query = query.where('notes.list_date', '>=', options.from);
  if (options.to) query = query.where('notes.list_date', '<=', options.to);
  const matches = tokens.map((token) => tokenMatch(store, { userId: options.userId, token, clientNames: clientNames ?? new Map() })).filter((m) => m !== null);
  for (const match of matches) query = query.where((eb) => matchesToken(eb, match));
  const few = await fewestNotes(store, matches);
  if (few?.length === 0) return { notes: [], nextCursor: null };
  if (few) query = query.where('notes.id', 'in', few);
  if (options.cursor) {
    const after = decodeNoteCursor(options.cursor);
    query = query.where((eb) => eb(eb.refTuple('notes.list_date', 'notes.created_at', 'notes.id'), '<', eb.tuple(after.listDate, after.createdAt, after.id)));
  }
  const rows = await query
    .orderBy('notes.list_date', 'desc')
    .orderBy('notes.created_at', 'desc')
    .orderBy('notes.id', 'desc')
    .limit(limit + 1)
    .execute();

  const page = rows.slice(0, limit);
  const names = clientNames ?? (await readClientNames(store, options.userId, page.map((r) => r.client_id)));
  const retentionDays = await readRetentionDays(store, options.userId);
  const notes = page.map((row) => toNoteListItemFromColumns(store, row, row.client_id ? (names.get(row.client_id) ?? null) : null, retentionDays));
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeNoteCursor({ listDate: last.list_date ?? '', createdAt: last.created_at, id: last.id }) : null;
  return { notes, nextCursor };
}

/** A word in fewer notes than this is looked up first; a commoner word is checked row by row while the list is read in order. */
const RARE_WORD_NOTES = 2000;

/**
 * The notes holding the rarest word asked for, when it is rare enough. Read in list order and
 * tested word by word, a rare word would make the database walk all of the clinician's notes to
 * fill a page (or find none); starting from its few notes and sorting them is far cheaper. A
 * common word is the opposite, hence the choice here, per query, from the index itself.
 */
async function fewestNotes(store: Store, matches: TokenMatch[]): Promise<string[] | null> {
  let fewest: string[] | null = null;
  for (const match of matches) {
    // A word that may also match a client's name or a format is not narrowed by its index rows.
    if (match.clientIds.length > 0 || FORMAT_KEYS.includes(match.format as FormatKey)) continue;
    for (const hash of match.hashes) {
      const rows = await store.db.selectFrom('note_terms').select('note_id').where('term', '=', hash).limit(RARE_WORD_NOTES).execute();
      if (rows.length < RARE_WORD_NOTES && (fewest === null || rows.length < fewest.length)) fewest = rows.map((r) => r.note_id);
    }
  }
  return fewest;
}

/** What one typed word (as split on spaces) may match: all its index words, a client whose name contains it, or the format. */
interface TokenMatch {
  hashes: string[];
  clientIds: string[];
  format: string;
}

interface TokenMatchOptions {
  userId: string;
  token: string;
  clientNames: Map<string, string>;
}

/** null when the word can match nothing (a stop word, punctuation): it is ignored, as a search engine would. */
function tokenMatch(store: Store, options: TokenMatchOptions): TokenMatch | null {
  const hashes = searchWords(options.token).map((word) => termHash(store, options.userId, word));
  const needle = normaliseText(options.token);
  const clientIds = [...options.clientNames].filter(([, name]) => normaliseText(name).includes(needle)).map(([id]) => id);
  if (hashes.length === 0 && clientIds.length === 0) return null;
  return { hashes, clientIds, format: needle };
}

function matchesToken(eb: NotesWhere, match: TokenMatch): Expression<SqlBool> {
  const ways: Expression<SqlBool>[] = [];
  if (FORMAT_KEYS.includes(match.format as FormatKey)) ways.push(eb('notes.format', '=', match.format));
  if (match.hashes.length > 0) {
    ways.push(eb.and(match.hashes.map((hash) => eb('notes.id', 'in', eb.selectFrom('note_terms').select('note_terms.note_id').where('note_terms.term', '=', hash)))));
  }
  if (match.clientIds.length > 0) ways.push(eb('notes.client_id', 'in', match.clientIds));
  return eb.or(ways);
}

/** The clinician's clients' display names by id: all of them, or only those in `ids`. */
async function readClientNames(store: Store, userId: string, ids?: (string | null)[]): Promise<Map<string, string>> {
  const wanted = ids ? [...new Set(ids.filter((id): id is string => id !== null))] : null;
  if (wanted && wanted.length === 0) return new Map();
  let query = store.db.selectFrom('clients').select(['id', 'display_name_enc']).where('user_id', '=', userId);
  if (wanted) query = query.where('id', 'in', wanted);
  const clients = await query.execute();
  return new Map(clients.map((c) => [c.id, openField(store, 'clients', c.id, 'display_name', c.display_name_enc) as string]));
}
