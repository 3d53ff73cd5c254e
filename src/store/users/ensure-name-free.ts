// Display names are unique in a practice (case and spacing aside): a signature, a co-signature
// and the audit log name people, and two "Sam Lee"s could not be told apart.
import { type Kysely, sql, type Transaction } from 'kysely';
import { AppError } from '../app-error.ts';
import type { Database } from '../database.ts';

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Throws a 409 when another account already has this display name. */
export async function ensureNameFree(db: Kysely<Database> | Transaction<Database>, name: string, exceptUserId?: string): Promise<void> {
  let query = db.selectFrom('users').select(['id', 'name']).where(sql<string>`lower(trim(name))`, '=', nameKey(name));
  if (exceptUserId) query = query.where('id', '!=', exceptUserId);
  const rows = await query.execute();
  // lower(trim()) in SQL narrows the candidates; inner runs of spaces are compared here.
  if (rows.some((r) => nameKey(r.name) === nameKey(name))) {
    throw new AppError('conflict', 'Another account in this practice already has this name; add a middle initial or a second name so signatures can be told apart', {
      field: 'body.name',
    });
  }
}
