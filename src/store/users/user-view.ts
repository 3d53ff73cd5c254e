import type { Role, UsersTable } from '../database.ts';

/** What the API shows of an account (never the password hash or TOTP secret). */
export interface UserView {
  id: string;
  email: string;
  name: string;
  credentials: string;
  role: Role;
  totpEnabled: boolean;
  createdAt: string;
  /** The clinician's supervisor, who reads and co-signs their notes; null if none. */
  supervisorId: string | null;
  /** Signed in with a one-time password from the owner: must choose a new one before anything else. */
  mustChangePassword: boolean;
  /** When the owner deactivated the account; null while it is active. */
  deactivatedAt: string | null;
}

/**
 * What may be shown of an account row: no password hash, no TOTP secret.
 * @example const view = toUserView(row); // { id, email, name, credentials, role, totpEnabled: false, … }
 */
export function toUserView(row: UsersTable): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    credentials: row.credentials,
    role: row.role,
    totpEnabled: Boolean(row.totp_enabled),
    createdAt: row.created_at,
    supervisorId: row.supervisor_id ?? null,
    mustChangePassword: Boolean(row.must_change_password),
    deactivatedAt: row.deactivated_at ?? null,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
