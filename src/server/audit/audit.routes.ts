// The owner reads, filters, exports and verifies the audit log. Reading it is not audited (it
// holds no clinical text); exporting it as CSV is, like every export.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_ACTIONS, describeAuditCheckpoint, listAuditEvents, listUsers, verifyAuditChain } from '#store';
import { formatAuditCsv } from './format-audit-csv.ts';

export const ZAuditEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
});
export const ZAuditResponse = z.object({
  events: z.array(ZAuditEvent),
  /** The checkpoint file as it stands, not yet compared with the log (GET /api/audit/verify does that). */
  checkpoint: z.object({
    state: z.enum(['present', 'missing', 'invalid']),
    count: z.number().int().nullable(),
    since: z.number().int().nullable(),
    writtenAt: z.string().nullable(),
  }),
  /** What the filters offer: every action the log records, and the practice's users. */
  filters: z.object({ actions: z.array(z.string()), users: z.array(z.object({ id: z.string(), name: z.string() })) }),
});
/** The filters, shared by the list and the CSV export: who, what, and from when until when. */
const ZAuditFilters = z.object({
  userId: z.string().min(1).max(100).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** At or after this instant (ISO-8601): the browser sends the start of the first day in its own time zone. */
  since: z.iso.datetime({ offset: true }).optional(),
  /** Before this instant (ISO-8601): the start of the day after the last one. */
  until: z.iso.datetime({ offset: true }).optional(),
});
export const ZAuditQuery = ZAuditFilters.extend({
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  before: z.coerce.number().int().min(1).optional(),
});
/** More than this many events is more than a spreadsheet is for: narrow the dates. */
const CSV_MAX_EVENTS = 100_000;
export const ZAuditVerifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().optional(),
  problem: z.enum(['row_altered', 'row_missing', 'truncated', 'checkpoint_missing', 'checkpoint_invalid', 'checkpoint_mismatch']).optional(),
  message: z.string(),
  checkpoint: z.object({
    state: z.enum(['verified', 'missing', 'invalid', 'mismatch']),
    count: z.number().int().nullable(),
    since: z.number().int().nullable(),
    writtenAt: z.string().nullable(),
  }),
});

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
