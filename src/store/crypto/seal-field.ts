// Shorthands for the encrypted columns: `_enc` is appended to the column name in the table,
// the AAD uses the bare name. `owner` is the user whose data key encrypts the value (the row's
// user_id; see encrypted-columns.ts).
import type { ClinicalText } from '../clinical-text.ts';
import type { Store } from '../open-store.ts';

export async function sealField(store: Store, owner: string, table: string, row: string, column: string, value: string | null | undefined): Promise<string | null> {
  if (value === null || value === undefined) return null;
  return store.cipher.encrypt(value, { table, row, column }, await store.keys.forUser(owner));
}

export function openField(store: Store, table: string, row: string, column: string, stored: string | null): ClinicalText | null {
  if (stored === null) return null;
  return store.cipher.decrypt(stored, { table, row, column });
}

export async function sealJson(store: Store, owner: string, table: string, row: string, column: string, value: unknown): Promise<string | null> {
  return value === null || value === undefined ? null : sealField(store, owner, table, row, column, JSON.stringify(value));
}

export function openJson<T>(store: Store, table: string, row: string, column: string, stored: string | null): T | null {
  const text = openField(store, table, row, column, stored);
  return text === null ? null : (JSON.parse(text) as T);
}
