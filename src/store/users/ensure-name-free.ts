// Display names are unique in a practice (case and spacing aside): a signature, a co-signature
// and the audit log name people, and two "Sam Lee"s could not be told apart. The check here
// answers with a message; the database's unique index on lower(name) (migration
// 2026-12-03-0006) refuses the same name when two saves race past the check, and
// `guardNameUnique` turns that refusal into the same message.
import { type Kysely, sql, type Transaction } from 'kysely';
import { AppError } from '../app-error.ts';
import type { Database } from '../database.ts';

const NAME_INDEX = 'users_name_lower_unique';

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function nameTaken(): AppError {
  return new AppError('conflict', 'Another account in this practice already has this name; add a middle initial or a second name so signatures can be told apart', {
    field: 'body.name',
  });
}

/** Throws a 409 when another account already has this display name. */
export async function ensureNameFree(db: Kysely<Database> | Transaction<Database>, name: string, exceptUserId?: string): Promise<void> {
  let query = db.selectFrom('users').select(['id', 'name']).where(sql<string>`lower(trim(name))`, '=', nameKey(name));
  if (exceptUserId) query = query.where('id', '!=', exceptUserId);
  const rows = await query.execute();
  // lower(trim()) in SQL narrows the candidates; inner runs of spaces are compared here.
  if (rows.some((r) => nameKey(r.name) === nameKey(name))) throw nameTaken();
}

/**
 * Runs a write that sets a display name; the unique index's refusal becomes the 409 of `ensureNameFree`.
 * @example await guardNameUnique(() => db.insertInto('users').values(row).execute());
 */
export async function guardNameUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // SQLite names the index in its message; PostgreSQL in the error's `constraint`.
    const { message, constraint } = error as { message?: unknown; constraint?: unknown };
    if (constraint === NAME_INDEX || (typeof message === 'string' && message.includes(NAME_INDEX))) throw nameTaken();
    throw error;
  }
}
