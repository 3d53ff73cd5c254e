// The owner reads, filters, exports and verifies the audit log. Reading it is not audited (it
// holds no clinical text); exporting it as CSV is, like every export.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AUDIT_ACTIONS, describeAuditCheckpoint, listAuditEvents, listUsers, verifyAuditChain } from '#store';
import { ZAuditFilters, ZAuditQuery, ZAuditResponse, ZAuditVerifyResponse } from './audit.schema.ts';
import { formatAuditCsv } from './format-audit-csv.ts';

/** More than this many events is more than a spreadsheet is for: narrow the dates. */
const CSV_MAX_EVENTS = 100_000;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/audit', { config: { role: 'owner' }, schema: { tags: ['audit'], querystring: ZAuditQuery, response: { 200: ZAuditResponse } } }, async (request) => ({
    events: await listAuditEvents(store, request.query),
    checkpoint: describeAuditCheckpoint(store.auditCheckpoint),
    filters: { actions: [...AUDIT_ACTIONS], users: (await listUsers(store)).map((u) => ({ id: u.id, name: u.name })) },
  }));

  // The filtered events as CSV, newest first. The export itself is in the log (after this file).
  app.get(
    '/api/audit/export.csv',
    { config: { role: 'owner', audit: { action: 'export', entity: 'audit_log', id: 'none' } }, schema: { tags: ['audit'], querystring: ZAuditFilters } },
    async (request, reply) => {
      const events = await listAuditEvents(store, { ...request.query, limit: CSV_MAX_EVENTS });
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-log-${store.now().toISOString().slice(0, 10)}.csv"`)
        .header('cache-control', 'no-store');
      return formatAuditCsv(events);
    },
  );

  app.get('/api/audit/verify', { config: { role: 'owner' }, schema: { tags: ['audit'], response: { 200: ZAuditVerifyResponse } } }, async () =>
    verifyAuditChain(store),
  );
};
