import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../app-error.ts';
import type { Database } from '../database.ts';

export interface Signer {
  name: string;
  credentials: string;
}

/**
 * The name and credentials a signature records. A signature without credentials does not show
 * who signed in what capacity (payers and boards expect "Name, LCSW"), so signing, co-signing
 * and addenda are refused until the account has them.
 */
export async function signerOf(db: Kysely<Database> | Transaction<Database>, userId: string): Promise<Signer> {
  const user = await db.selectFrom('users').select(['name', 'credentials']).where('id', '=', userId).executeTakeFirstOrThrow();
  if (!user.credentials.trim()) {
    throw new AppError('bad_request', 'Add your credentials (for example LCSW or PhD) in Settings first: a signature shows your name and credentials', {
      field: 'credentials',
    });
  }
  return { name: user.name, credentials: user.credentials.trim() };
}
