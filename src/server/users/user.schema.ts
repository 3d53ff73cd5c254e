import { z } from 'zod';

const ZRole = z.enum(['owner', 'clinician', 'supervisor']);
export type TRole = z.infer<typeof ZRole>;

export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  credentials: z.string(),
  role: ZRole,
  totpEnabled: z.boolean(),
  createdAt: z.string(),
  supervisorId: z.string().nullable(),
  /** The password was chosen by the owner (a first or one-time password): the interface asks for a new one before anything else. */
  mustChangePassword: z.boolean(),
  /** When the owner deactivated the account; null while active. */
  deactivatedAt: z.string().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** Length only; the common-password, email and name checks run in the route (check-password-policy.ts). */
export const ZPassword = z
  .string()
  .min(12, 'use at least 12 characters; a passphrase of three or four unrelated words is long and easy to remember')
  .max(256, 'use at most 256 characters');
/** Runs of spaces become one, so the name a signature shows is the name the uniqueness check compared. */
export const ZPersonName = z
  .string()
  .trim()
  .overwrite((name) => name.replace(/\s+/g, ' '))
  .min(1)
  .max(120);
export const ZCredentials = z.string().trim().max(60);

export const ZCreateUserRequest = z.object({
  name: ZPersonName,
  credentials: ZCredentials,
  email: ZEmail,
  password: ZPassword,
  role: z.enum(['clinician', 'supervisor']),
});

/** The owner sets (or, with null, removes) a clinician's supervisor: a supervisor's or the owner's account. */
export const ZUpdateUserRequest = z.object({ supervisorId: z.string().max(64).nullable() });
export const ZUserParams = z.object({ id: z.string().max(64) });

/** A colleague as the owner sees them: with the end of a sign-in lockout, if one is running. */
const ZColleague = ZUser.extend({ lockedUntil: z.string().nullable() });
export type TColleague = z.infer<typeof ZColleague>;

export const ZUsersResponse = z.object({ users: z.array(ZColleague) });
/** The one-time password is shown to the owner once, to pass on; the colleague must change it at sign-in. */
export const ZResetPasswordResponse = z.object({ user: ZColleague, temporaryPassword: z.string() });
export const ZUserResponse = z.object({ user: ZUser });
export const ZColleagueResponse = z.object({ user: ZColleague });
