import { randomUUID } from 'node:crypto';
import type { TPlanContent } from '#plans';
import { AppError } from '../app-error.ts';
import { sealField, sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { findOwnPlanClient } from './find-plan-client.ts';
import { type PlanView, toPlanView } from './plan-view.ts';

export interface CreatePlanDraftOptions {
  userId: string;
  clientId: string;
  content: TPlanContent;
  /** The intake summary it was drafted from, if any. */
  summary?: string | null | undefined;
}

/**
 * Starts the client's next plan version as a draft. A client has at most one draft: finish
 * (sign) or edit that one first.
 * @example const plan = await createPlanDraft(store, { userId, clientId, content: draft.plan, summary });
 */
export async function createPlanDraft(store: Store, options: CreatePlanDraftOptions): Promise<PlanView> {
  await findOwnPlanClient(store, options.userId, options.clientId);
  return store.transaction(async () => {
    const rows = await store.db.selectFrom('treatment_plans').select(['version', 'status']).where('client_id', '=', options.clientId).execute();
    if (rows.some((r) => r.status === 'draft')) throw new AppError('conflict', 'This client already has a draft plan: edit or sign it first');
    const version = Math.max(0, ...rows.map((r) => Number(r.version))) + 1;
    const id = randomUUID();
    const now = store.now().toISOString();
    const row = {
      id,
      user_id: options.userId,
      client_id: options.clientId,
      version,
      status: 'draft' as const,
      review_date: options.content.reviewDate,
      target_date: options.content.targetDate,
      content_enc: await sealJson(store, options.userId, 'treatment_plans', id, 'content', options.content) as string,
      summary_enc: await sealField(store, options.userId, 'treatment_plans', id, 'summary', options.summary),
      created_at: now,
      updated_at: now,
      signed_at: null,
      signed_by_name: null,
      signed_by_credentials: null,
    };
    await store.db.insertInto('treatment_plans').values(row).execute();
    return toPlanView(store, row, 'author');
  });
}
