// On opening the app: is this a first run (setup), a live session, or nobody signed in?
import { useEffect } from 'react';
import { ApiError } from '../api/api-error.ts';
import { forgetEarlyAnswers } from '../api/early-answers.ts';
import { api } from '../api/request.ts';
import type { Me } from '../api/types.ts';
import type { SessionState } from './session-context.tsx';

interface FirstSessionCheckOptions {
  /** Takes a live session's answer from /api/auth/me. */
  applyMe: (me: Me) => void;
  setState: (state: SessionState) => void;
}

/** Asks the server once, when the app opens, and sets the session's first phase from its answer. */
export function useFirstSessionCheck({ applyMe, setState }: FirstSessionCheckOptions): void {
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        // Both questions at once: one round trip before the first page, not two (slow phone networks).
        const asked = api.get<Me>('/api/auth/me');
        asked.catch(() => undefined); // answered below, unless setup is needed (then it is a 401)
        const setup = await api.get<{ needed: boolean }>('/api/setup');
        if (cancelled) return;
        if (setup.needed) {
          forgetEarlyAnswers();
          return setState({ phase: 'setup' });
        }
        const me = await asked;
        // A page's early answer (the Notes list) was asked for before this check: use it only
        // when the check let the page open at once.
        if (me.user.mustChangePassword) forgetEarlyAnswers();
        if (!cancelled) applyMe(me);
      } catch (error) {
        forgetEarlyAnswers();
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) setState({ phase: 'signed-out' });
        else setState({ phase: 'signed-out', reason: 'Afterword could not reach its server. Is it running?' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [applyMe, setState]);
}
