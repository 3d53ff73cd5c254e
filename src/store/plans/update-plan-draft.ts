import type { TPlanContent } from '#plans';
import { AppError } from '../app-error.ts';
import { sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { findPlanRow } from './find-plan-row.ts';
import { type PlanView, toPlanView } from './plan-view.ts';

/**
 * Replaces a draft's content (the clinician's edit). A signed version is never changed: start a
 * new version instead.
 * @example const plan = await updatePlanDraft(store, userId, planId, { ...plan.content, reviewDate: '2027-03-01' });
 */
export async function updatePlanDraft(store: Store, userId: string, planId: string, content: TPlanContent): Promise<PlanView> {
  const { row, access } = await findPlanRow(store, userId, planId);
  if (access !== 'author') throw new AppError('forbidden', 'Only the client’s clinician can change the treatment plan');
  if (row.status !== 'draft') throw new AppError('conflict', 'This plan is signed and cannot be changed: start a new version');
  const updated = {
    ...row,
    content_enc: await sealJson(store, row.user_id, 'treatment_plans', row.id, 'content', content) as string,
    review_date: content.reviewDate,
    target_date: content.targetDate,
    updated_at: store.now().toISOString(),
  };
  const result = await store.db
    .updateTable('treatment_plans')
    .set({ content_enc: updated.content_enc, review_date: updated.review_date, target_date: updated.target_date, updated_at: updated.updated_at })
    .where('id', '=', planId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict', 'This plan is signed and cannot be changed: start a new version');
  return toPlanView(store, updated, 'author');
}
