// The audit chain's link: each row's hash covers the previous row's hash and a canonical form
// of the row, so changing, inserting, removing or reordering any row breaks every hash after it.
// Since v2 the link is an HMAC-SHA256 under a key derived from the master key (HKDF, its own
// info label), so someone holding only the database cannot recompute a chain they rewrote.
// Chains written before that used a plain sha256; they are verified with it up to the keyed
// `rekey` row that sealed them (see upgrade-audit-chain.ts).
import { createHash, createHmac, hkdfSync } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRowContent {
  seq: number;
  at: string;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
}

function canonical(row: AuditRowContent): string {
  return JSON.stringify([row.seq, row.at, row.userId, row.action, row.entity, row.entityId]);
}

/**
 * The unkeyed link of chains written before the key (and what an attacker without the key can
 * compute).
 * @example computeLegacyAuditHash(GENESIS_HASH, { seq: 1, at, userId, action: 'sign_in', entity: 'user', entityId: userId }) // 64 hex characters
 */
export function computeLegacyAuditHash(prevHash: string, row: AuditRowContent): string {
  return createHash('sha256').update(`${prevHash}\n${canonical(row)}`).digest('hex');
}

/** Signs audit rows and checkpoints; the key never leaves this object. */
export interface AuditSigner {
  chainHash(prevHash: string, row: AuditRowContent): string;
  /** HMAC of a checkpoint's canonical text (domain-separated from chain links). */
  signCheckpoint(text: string): string;
}

/**
 * @example const signer = createAuditSigner(masterKey); const hash = signer.chainHash(GENESIS_HASH, row);
 */
export function createAuditSigner(masterKey: Buffer): AuditSigner {
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'afterword audit chain v1', 32));
  const mac = (text: string): string => createHmac('sha256', key).update(text).digest('hex');
  return {
    chainHash: (prevHash, row) => mac(`link\n${prevHash}\n${canonical(row)}`),
    signCheckpoint: (text) => mac(`checkpoint\n${text}`),
  };
}
