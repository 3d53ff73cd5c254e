// How a plan goal went this session: plain data, so the Write page can offer it without zod.
export const PLAN_PROGRESS = ['improved', 'stable', 'declined'] as const;
