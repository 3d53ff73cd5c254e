// Frozen. Backfill for 2026-12-03-0005: each note's list date is its session date, else the
// day it was written (created_at is ISO-8601 UTC, so its first ten characters are that day).
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving schema type
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update notes set list_date = coalesce(session_date, substr(created_at, 1, 10)) where list_date is null`.execute(db);
}

export async function down(): Promise<void> {
  // Nothing to undo: the column goes with 0005's down().
}
