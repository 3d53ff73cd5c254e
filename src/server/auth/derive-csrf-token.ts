// The CSRF token is a keyed hash of the session token: one per session, nothing to store, and
// only someone holding the (HttpOnly) cookie could have been told it.
import { timingSafeEqual } from 'node:crypto';
import type { Store } from '#store';

export function deriveCsrfToken(store: Store, sessionToken: string): string {
  return store.cipher.mac('csrf', sessionToken);
}

export function csrfTokensMatch(expected: string, given: string | string[] | undefined): boolean {
  // The header as Node gives it: a header sent twice (an array) is no token.
  if (typeof given !== 'string' || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
