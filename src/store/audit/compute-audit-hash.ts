// sha256 over the previous hash and a canonical form of the row: changing, inserting or
// removing any row breaks every hash after it.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRowContent {
  seq: number;
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
}

export function computeAuditHash(prevHash: string, row: AuditRowContent): string {
  const canonical = JSON.stringify([row.seq, row.at, row.userId, row.action, row.entity, row.entityId]);
  return createHash('sha256').update(`${prevHash}\n${canonical}`).digest('hex');
}
