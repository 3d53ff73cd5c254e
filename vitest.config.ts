import { defineConfig } from 'vitest/config';
import { postgresAvailable } from './test/support/postgres-cluster.global-setup.ts';

// Every test runs in the 'sqlite' project. The server API suite runs again in the 'postgres'
// project, on AFTERWORD_TEST_DATABASE_URL or on a throwaway cluster the global setup starts, and
// so do the migration tests and the store tests under test/store/notes, clients, plans, documents, sessions and crypto.
const withPostgres = postgresAvailable();
const told = globalThis as { afterwordToldNoPostgres?: boolean }; // the config is loaded twice
if (!withPostgres && !told.afterwordToldNoPostgres) {
  told.afterwordToldNoPostgres = true;
  console.log('PostgreSQL tests skipped: postgresql is not installed (CI installs it).');
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The application's V8 settings (bin/v8-flags.mjs), so tests compose as users' processes do.
    setupFiles: ['test/support/v8-flags.setup.ts'],
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'] } },
      ...(withPostgres
        ? [{ extends: true, test: { name: 'postgres', include: ['test/server/**/*.test.ts', 'test/store/migrations/**/*.test.ts', 'test/store/notes/**/*.test.ts', 'test/store/clients/**/*.test.ts', 'test/store/plans/**/*.test.ts', 'test/store/documents/**/*.test.ts', 'test/store/sessions/**/*.test.ts', 'test/store/crypto/**/*.test.ts'], globalSetup: ['test/support/postgres-cluster.global-setup.ts'] } }]
        : []),
    ],
  },
});
