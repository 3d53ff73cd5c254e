// The treatment-plan API's requests and answers; shared with web/. The plan's own shape is
// src/plans/plan.schema.ts (ZPlanContent).
import { z } from 'zod';
import { ZLibraryCondition, ZPlanContent, ZPlanItem, ZPlanPrompt } from '#plans';
import { ZSummary } from '../compose/compose.schema.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');

export const ZDraftPlanRequest = z.object({
  summary: ZSummary.nullish(),
  /** A plan worksheet (src/plans/plan-worksheet.schema.ts); checked by the drafter, whose message names the field. */
  worksheet: z.record(z.string(), z.unknown()).nullish(),
  /** The plan date: "review in 90 days" counts from it. */
  date: isoDate.nullish(),
});

const ZPlanSuggestion = ZLibraryCondition.extend({ reason: z.string() });

export const ZDraftPlanResponse = z.object({
  plan: ZPlanContent,
  prompts: z.array(ZPlanPrompt),
  suggestions: z.array(ZPlanSuggestion),
  unplaced: z.array(ZPlanItem),
});
export type TDraftPlanResponse = z.infer<typeof ZDraftPlanResponse>;

export const ZPlanLibraryResponse = z.object({ conditions: z.array(ZLibraryCondition) });

const ZPlan = z.object({
  id: z.string(),
  clientId: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'signed']),
  content: ZPlanContent,
  summary: z.string().nullable(),
  reviewDate: z.string().nullable(),
  targetDate: z.string().nullable(),
  /** The review date has passed. */
  reviewOverdue: z.boolean(),
  /** What the plan still lacks, each naming its field. */
  prompts: z.array(ZPlanPrompt),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  signedByCredentials: z.string().nullable(),
  /** 'supervisor' when the viewer reads a supervisee's plan (read-only). */
  access: z.enum(['author', 'supervisor']),
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZCreatePlanRequest = z.object({ content: ZPlanContent, summary: ZSummary.nullish() });
export const ZUpdatePlanRequest = z.object({ content: ZPlanContent });
export const ZPlanParams = z.object({ id: z.string().max(64) });
export const ZPlanResponse = z.object({ plan: ZPlan });
export const ZActivePlanResponse = z.object({ plan: ZPlan.nullable() });
export const ZPlansResponse = z.object({ plans: z.array(ZPlan) });
