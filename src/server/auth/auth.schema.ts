import { z } from 'zod';
import { ZCredentials, ZEmail, ZPassword, ZPersonName, ZUser } from '../users/user.schema.ts';

export const ZSetupStatus = z.object({ needed: z.boolean() });

export const ZSetupRequest = z.object({
  name: ZPersonName,
  credentials: ZCredentials,
  email: ZEmail,
  password: ZPassword,
});

export const ZSignedIn = z.object({ user: ZUser, csrfToken: z.string() });
export type TSignedIn = z.infer<typeof ZSignedIn>;

export const ZLoginRequest = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(256),
  /** A 6-digit authenticator code or a recovery code. */
  totp: z.string().trim().max(40).optional(),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZMe = z.object({
  user: ZUser,
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  expiresAt: z.string(),
  /** How many clinicians the user supervises: the interface offers co-signing when not 0. */
  superviseeCount: z.number().int(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZOk = z.object({ ok: z.literal(true) });

export const ZTotpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export type TTotpEnrolment = z.infer<typeof ZTotpEnrolment>;
export const ZTotpConfirmRequest = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'enter the 6-digit code') });
export const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export const ZTotpDisableRequest = z.object({ password: z.string().min(1).max(256) });
/** Turning two-step sign-in on needs the password again, like turning it off. */
export const ZTotpEnrolRequest = z.object({ password: z.string().min(1).max(256) });

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'enter your current password').max(256),
  newPassword: ZPassword,
});

export const ZMeQuery = z.object({ passive: z.enum(['0', '1']).optional() });
