// The golden thread on the compose request: the active plan's goals and objectives the clinician
// ticked as addressed in this session, each with its progress and an optional line. Shared with web/.
import { z } from 'zod';
import { PLAN_PROGRESS } from '#plans';

export const ZPlanProgress = z.object({
  /** The client whose active (newest signed) plan the ids belong to. */
  clientId: z.string().max(64),
  items: z
    .array(
      z.object({
        goalId: z.string().max(40),
        /** One of the goal's objectives, or null for the goal as a whole. */
        objectiveId: z.string().max(40).nullish(),
        progress: z.enum(PLAN_PROGRESS),
        note: z.string().trim().max(300, 'a progress line is at most 300 characters').nullish(),
      }),
    )
    .max(60),
});
export type TPlanProgress = z.infer<typeof ZPlanProgress>;
