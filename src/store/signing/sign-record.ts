// What signing and "entered in error" write on a clinical record, shared by notes and documents
// written from templates so that both follow one rule: a signature records who (name and
// credentials, refused without credentials), when, and locks a draft; a signed record is never
// changed or deleted, only marked entered in error with an encrypted reason.
import type { UpdateResult } from 'kysely';
import { AppError } from '../app-error.ts';
import { sealField } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { signerOf } from '../users/signer-of.ts';

export interface SignatureColumns {
  status: 'signed';
  signed_at: string;
  signed_by_name: string;
  signed_by_credentials: string;
}

/**
 * The columns that sign a draft: status, time, the signer's name and credentials.
 * @example await store.db.updateTable('notes').set(await signatureColumns(store, userId)).where('status', '=', 'draft')...
 */
export async function signatureColumns(store: Store, userId: string, signedAt: Date = store.now()): Promise<SignatureColumns> {
  const signer = await signerOf(store.db, userId);
  return { status: 'signed', signed_at: signedAt.toISOString(), signed_by_name: signer.name, signed_by_credentials: signer.credentials };
}

export interface EnteredInErrorOptions {
  userId: string;
  /** The table and row the reason is sealed to (its AAD). */
  table: 'notes' | 'client_documents';
  rowId: string;
  reason: string;
}

/**
 * The columns that mark a signed record entered in error: when, and why (sealed: it may name the client).
 * @example .set(await enteredInErrorColumns(store, { userId, table: 'notes', rowId, reason }))
 */
export async function enteredInErrorColumns(store: Store, options: EnteredInErrorOptions): Promise<{ entered_in_error_at: string; entered_in_error_reason_enc: string | null }> {
  return {
    entered_in_error_at: store.now().toISOString(),
    entered_in_error_reason_enc: await sealField(store, options.userId, options.table, options.rowId, 'entered_in_error_reason', options.reason),
  };
}

/**
 * A guarded update (`where status = 'draft'`, `where entered_in_error_at is null`) that changed no
 * row lost a race or met a record already signed or marked: a conflict, with the caller's message.
 * @example expectOneRowChanged(result, 'This note is already signed');
 */
export function expectOneRowChanged(result: UpdateResult, message: string): void {
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict', message);
}
