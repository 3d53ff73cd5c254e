// Shorthands for the encrypted columns: `_enc` is appended to the column name in the table,
// the AAD uses the bare name.
import type { ClinicalText } from '../clinical-text.ts';
import type { Store } from '../open-store.ts';

export function sealField(store: Store, table: string, row: string, column: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return store.cipher.encrypt(value, { table, row, column });
}

export function openField(store: Store, table: string, row: string, column: string, stored: string | null): ClinicalText | null {
  if (stored === null) return null;
  return store.cipher.decrypt(stored, { table, row, column });
}

export function sealJson(store: Store, table: string, row: string, column: string, value: unknown): string | null {
  return value === null || value === undefined ? null : sealField(store, table, row, column, JSON.stringify(value));
}

export function openJson<T>(store: Store, table: string, row: string, column: string, stored: string | null): T | null {
  const text = openField(store, table, row, column, stored);
  return text === null ? null : (JSON.parse(text) as T);
}
