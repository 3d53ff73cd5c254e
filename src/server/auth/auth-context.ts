import type { UsersTable } from '#store';

export interface AuthContext {
  user: UsersTable;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}
