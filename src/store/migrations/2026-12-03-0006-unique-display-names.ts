// Frozen. Display names are unique in a practice, case aside: a signature, a co-signature and
// the audit log name people, and two "Sam Lee"s could not be told apart. The app checks first
// (ensure-name-free.ts, which also ignores spacing) to answer with a message; this index is the
// database's own guarantee, so two accounts saved at the same moment cannot both take a name.
// lower() folds ASCII letters on SQLite and follows the database's locale on PostgreSQL.
//
// Accounts that already share a name (made before the app checked) would stop the index: the
// later-made ones get " (2)", " (3)" ... added, so the practice keeps running and the owner can
// rename them in Settings; their signed notes keep the name they were signed with.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  const users: { id: string; name: string }[] = await db.selectFrom('users').select(['id', 'name']).orderBy('created_at').orderBy('id').execute();
  const taken = new Set(users.map((u) => u.name.toLowerCase()));
  const seen = new Set<string>();
  for (const user of users) {
    const key = user.name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    let n = 2;
    while (taken.has(`${key} (${n})`)) n++;
    const name = `${user.name} (${n})`;
    taken.add(name.toLowerCase());
    seen.add(name.toLowerCase());
    await db.updateTable('users').set({ name }).where('id', '=', user.id).execute();
  }
  await db.schema.createIndex('users_name_lower_unique').on('users').unique().expression(sql`lower(name)`).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('users_name_lower_unique').execute();
}
