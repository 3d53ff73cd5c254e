// PostgreSQL for a practice running several server processes (DATABASE_URL).
// pg is loaded only when asked for, so the default SQLite start stays quick.
import { PostgresDialect } from 'kysely';

export async function createPostgresDialect(connectionString: string): Promise<PostgresDialect> {
  const { default: pg } = await import('pg');
  return new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 10 }) });
}
