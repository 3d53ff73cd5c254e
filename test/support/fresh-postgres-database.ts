// A new, empty PostgreSQL database for one test, in the 'postgres' Vitest project only.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

/**
 * In the 'postgres' Vitest project, creates a new database on the server whose admin URL
 * test/support/postgres-cluster.global-setup.ts provides, and returns its URL. Elsewhere nothing
 * is provided and the caller runs on SQLite (the default): returns undefined.
 */
export async function freshPostgresDatabase(): Promise<string | undefined> {
  const admin = inject('postgresAdminUrl');
  if (!admin) return undefined;
  const { default: pg } = await import('pg');
  const name = `aw_test_${randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
