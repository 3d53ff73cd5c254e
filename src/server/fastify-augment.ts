// What the server adds to Fastify's types: the store and config on the instance, the signed-in
// user on the request, and per-route options that say who may call a route.
import type { Store } from '#store';
import type { RouteAudit } from './audit/route-audit.ts';
import type { AuthContext } from './auth/auth-context.ts';
import type { ServerConfig } from './server-config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    config: ServerConfig;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, setup, sign-in, reference data). */
    public?: boolean;
    /** State change allowed without the CSRF header: only where no session exists yet. */
    csrfExempt?: boolean;
    /** Needs this role (owner-only routes). */
    role?: 'owner';
    /** Do not count this request as activity (a status poll must not keep a session alive). */
    passive?: boolean;
    /** Open to an account that must change its one-time password first (everything else is refused). */
    duringPasswordChange?: boolean;
    /** What this route records in the audit log, in the same transaction as its change (audit/route-audit.ts). */
    audit?: RouteAudit | readonly RouteAudit[];
  }
}
