import { z } from 'zod';

export const ZRole = z.enum(['owner', 'clinician', 'supervisor']);

export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  credentials: z.string(),
  role: ZRole,
  totpEnabled: z.boolean(),
  createdAt: z.string(),
  supervisorId: z.string().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const ZPassword = z.string().min(8, 'use at least 8 characters').max(256);
export const ZPersonName = z.string().trim().min(1).max(120);
export const ZCredentials = z.string().trim().max(60);

export const ZCreateUserRequest = z.object({
  name: ZPersonName,
  credentials: ZCredentials,
  email: ZEmail,
  password: ZPassword,
  role: z.enum(['clinician', 'supervisor']),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

/** The owner sets (or, with null, removes) a clinician's supervisor: a supervisor's or the owner's account. */
export const ZUpdateUserRequest = z.object({ supervisorId: z.string().max(64).nullable() });
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;
export const ZUserParams = z.object({ id: z.string().max(64) });

export const ZUsersResponse = z.object({ users: z.array(ZUser) });
export const ZUserResponse = z.object({ user: ZUser });
