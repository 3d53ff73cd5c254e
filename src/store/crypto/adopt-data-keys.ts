// Once, on the first start after per-user keys: every value written under the old single key
// (`v1.`) is re-encrypted with its owner's data key, and the old `key_check` row (encrypted under
// that key, which a rotation would orphan) is removed, in one transaction. The key_check row is
// the marker: present means not yet done, so a crash halfway simply runs it again.
import type { Kysely } from 'kysely';
import type { Store } from '../open-store.ts';
import { ENCRYPTED_TABLES } from './encrypted-columns.ts';

export interface AdoptionReport {
  /** Values re-encrypted (0 when there was nothing to adopt). */
  values: number;
}

export async function adoptDataKeys(store: Store): Promise<AdoptionReport> {
  const pending = await store.db.selectFrom('key_check').select('id').executeTakeFirst();
  if (!pending) return { values: 0 };
  return store.transaction(async () => {
    // The tables are named by data (encrypted-columns.ts), so the row type is not known here.
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const db = store.db as unknown as Kysely<any>;
    let values = 0;
    for (const { table, row, owner, columns } of ENCRYPTED_TABLES) {
      const stored = columns.map((c) => `${c}_enc`);
      const rows: Record<string, string | null>[] = await db
        .selectFrom(table)
        .select([...new Set([row, owner, ...stored])])
        .execute();
      for (const r of rows) {
        const set: Record<string, string> = {};
        for (const column of columns) {
          const value = r[`${column}_enc`];
          if (typeof value !== 'string' || !value.startsWith('v1.')) continue;
          const at = { table, row: String(r[row]), column };
          set[`${column}_enc`] = store.cipher.encrypt(store.cipher.decrypt(value, at), at, await store.keys.forUser(String(r[owner])));
          values++;
        }
        if (Object.keys(set).length) await db.updateTable(table).set(set).where(row, '=', r[row]).execute();
      }
    }
    await store.db.deleteFrom('key_check').execute();
    return { values };
  });
}
