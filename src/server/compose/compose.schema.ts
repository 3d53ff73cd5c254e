import { z } from 'zod';
import { ZWorksheet } from '#worksheet';
import { ZPlanProgress } from '../plans/plan-progress.schema.ts';
import { ZFormatInput, ZStyle } from './document.schema.ts';

export const ZSummary = z.string().max(20_000, 'a summary is at most 20,000 characters');

export const ZComposeRequest = z.object({
  summary: ZSummary.nullish(),
  worksheet: ZWorksheet.nullish(),
  format: ZFormatInput,
  style: ZStyle.nullish(),
  /** The client's profile and last plan are given to the composer as context. */
  clientId: z.string().max(64).nullish(),
  /** The active plan's goals and objectives ticked as addressed, with progress (the golden thread). */
  planProgress: ZPlanProgress.nullish(),
});
