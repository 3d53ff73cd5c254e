import type { TPlanContent } from '#plans';
import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { signerOf } from '../users/signer-of.ts';
import { openJson } from '../crypto/seal-field.ts';
import { findPlanRow } from './find-plan-row.ts';
import { type PlanView, toPlanView } from './plan-view.ts';

/**
 * Locks a draft plan with the clinician's name, credentials and the time, like a note. A plan is
 * signed only with a review date (it is what makes a review overdue) and with every objective's
 * behaviour written. It becomes the client's
 * active plan.
 * @example const plan = await signPlan(store, userId, planId);
 */
export async function signPlan(store: Store, userId: string, planId: string): Promise<PlanView> {
  const { row, access } = await findPlanRow(store, userId, planId);
  if (access !== 'author') throw new AppError('forbidden', 'Only the client’s clinician can sign the treatment plan');
  if (row.status !== 'draft') throw new AppError('conflict', 'This plan is already signed');
  if (!row.review_date) throw new AppError('bad_request', 'Give the plan a review date before signing it', { field: 'reviewDate' });
  // A drafted objective may hold only a measure, target and date: the behaviour is the clinician's to write.
  const content = openJson<TPlanContent>(store, 'treatment_plans', row.id, 'content', row.content_enc) as TPlanContent;
  const blank = content.objectives.findIndex((o) => !o.behaviour.trim());
  if (blank >= 0) throw new AppError('bad_request', `Say what the client will do or show for objective ${blank + 1} before signing the plan`, { field: `objectives[${blank}].behaviour` });
  const signer = await signerOf(store.db, userId);
  const signedAt = store.now().toISOString();
  const result = await store.db
    .updateTable('treatment_plans')
    .set({ status: 'signed', signed_at: signedAt, signed_by_name: signer.name, signed_by_credentials: signer.credentials, updated_at: signedAt })
    .where('id', '=', planId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict', 'This plan is already signed');
  return toPlanView(store, { ...row, status: 'signed', signed_at: signedAt, signed_by_name: signer.name, signed_by_credentials: signer.credentials, updated_at: signedAt }, access);
}
