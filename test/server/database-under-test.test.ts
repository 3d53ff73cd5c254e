import { describe, expect, inject, it } from 'vitest';
import { startTestServer } from './start-test-server.ts';

// Guards the 'postgres' project: if the admin URL stopped reaching the tests, the suite would
// quietly run on SQLite twice.
const expected = inject('postgresAdminUrl') || process.env.DATABASE_URL ? 'postgres' : 'sqlite';

describe('database under test', () => {
  it(`is ${expected}`, async () => {
    const t = await startTestServer();
    try {
      expect(t.server.store.dialect).toBe(expected);
      expect(Boolean(t.databaseUrl)).toBe(Boolean(inject('postgresAdminUrl')));
    } finally {
      await t.stop();
    }
  });
});
