// A treatment plan version as the store hands it out: decrypted, with the prompts it still raises
// and whether its review is overdue.
import { promptsFor, type TPlanContent, type TPlanPrompt } from '#plans';
import type { ClinicalText } from '../clinical-text.ts';
import { openField, openJson } from '../crypto/seal-field.ts';
import type { PlanStatus, TreatmentPlansTable } from '../database.ts';
import type { Store } from '../open-store.ts';

/** How the viewer reaches the plan: as the client's clinician, or as that clinician's supervisor (read-only). */
export type PlanAccess = 'author' | 'supervisor';

export interface PlanView {
  id: string;
  clientId: string;
  version: number;
  status: PlanStatus;
  content: TPlanContent;
  summary: ClinicalText | null;
  reviewDate: string | null;
  targetDate: string | null;
  /** True when the review date is before today (UTC). */
  reviewOverdue: boolean;
  prompts: TPlanPrompt[];
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  signedByName: string | null;
  signedByCredentials: string | null;
  access: PlanAccess;
}

export function toPlanView(store: Store, row: TreatmentPlansTable, access: PlanAccess): PlanView {
  const content = openJson<TPlanContent>(store, 'treatment_plans', row.id, 'content', row.content_enc) as TPlanContent;
  const today = store.now().toISOString().slice(0, 10);
  return {
    id: row.id,
    clientId: row.client_id,
    version: Number(row.version),
    status: row.status,
    content,
    summary: openField(store, 'treatment_plans', row.id, 'summary', row.summary_enc),
    reviewDate: row.review_date,
    targetDate: row.target_date,
    reviewOverdue: row.review_date !== null && row.review_date < today,
    prompts: promptsFor(content),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    signedByName: row.signed_by_name,
    signedByCredentials: row.signed_by_credentials,
    access,
  };
}
