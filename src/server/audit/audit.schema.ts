// The audit log as the API answers it; the web's types are derived from these (web/src/api/types.ts).
import { z } from 'zod';
import { AUDIT_ACTIONS } from '#store';

const ZAuditEvent = z.object({
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
export const ZAuditFilters = z.object({
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
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export type TAuditResponse = z.infer<typeof ZAuditResponse>;
export type TAuditVerifyResponse = z.infer<typeof ZAuditVerifyResponse>;
