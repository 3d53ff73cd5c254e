// Another tab may keep the session alive (or sign out everywhere may end it): check quietly.
import { useEffect } from 'react';
import { api } from '../api/request.ts';
import type { Me } from '../api/types.ts';

/** While signed in, every 30 s reads when the session expires, so the idle warning counts to the right time. */
export function useSessionHeartbeat(signedIn: boolean, setDeadline: (at: number) => void): void {
  useEffect(() => {
    if (!signedIn) return;
    const timer = window.setInterval(() => {
      api.get<Me>('/api/auth/me?passive=1').then(
        (me) => {
          const expires = Date.parse(me.expiresAt ?? '');
          if (!Number.isNaN(expires)) setDeadline(expires);
        },
        () => setDeadline(Date.now()),
      );
    }, 30_000);
    return () => window.clearInterval(timer);
  }, [signedIn, setDeadline]);
}
