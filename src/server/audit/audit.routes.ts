// The owner reads and verifies the audit log. Reading it is itself not audited (it holds no
// clinical text).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeAuditCheckpoint, listAuditEvents, verifyAuditChain } from '#store';

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
});
export const ZAuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  before: z.coerce.number().int().min(1).optional(),
});
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
  }));

  app.get('/api/audit/verify', { config: { role: 'owner' }, schema: { tags: ['audit'], response: { 200: ZAuditVerifyResponse } } }, async () =>
    verifyAuditChain(store),
  );
};
