// Who is signed in, and the rules around it: the CSRF token, the idle timeout warning, and
// signing in again in place when the session ends while the clinician is working.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { api, onServerActivity, setCsrfToken, setReauthHandler } from '../api/request.ts';
import type { Me, User } from '../api/types.ts';
import { IdleWarning } from './idle-warning.tsx';
import { useFirstSessionCheck } from './use-first-session-check.ts';
import { useSessionHeartbeat } from './use-session-heartbeat.ts';
import { ReauthDialog } from './reauth-dialog.tsx';
import { announceSignOut, forgetClinicalState, listenForSignOut } from './sign-out-signal.ts';

export type SessionState =
  | { phase: 'loading' }
  | { phase: 'setup' }
  | { phase: 'signed-out'; reason?: string }
  | { phase: 'signed-in'; user: User };

interface SessionApi {
  state: SessionState;
  signedIn: (result: { user: User; csrfToken: string }) => void;
  signOut: (everywhere?: boolean) => Promise<void>;
  refreshUser: () => Promise<void>;
  /** How many clinicians the signed-in user supervises (from /api/auth/me). */
  superviseeCount: number;
}

const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components under the signed-in shell. */
export function useUser(): User {
  const { state } = useSession();
  if (state.phase !== 'signed-in') throw new Error('useUser while signed out');
  return state.user;
}

const DEFAULT_IDLE_SECONDS = 30 * 60;
const WARN_BEFORE_SECONDS = 120;

export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const [state, setState] = useState<SessionState>({ phase: 'loading' });
  const [idleSeconds, setIdleSeconds] = useState(DEFAULT_IDLE_SECONDS);
  // When the server will end the session: its expiresAt, moved on by each request we make.
  const [deadline, setDeadline] = useState(() => Date.now() + DEFAULT_IDLE_SECONDS * 1000);
  const idleRef = useRef(DEFAULT_IDLE_SECONDS);
  const touch = useCallback(() => setDeadline(Date.now() + idleRef.current * 1000), []);
  const [superviseeCount, setSuperviseeCount] = useState(0);
  const [reauth, setReauth] = useState<{ resolve: () => void; reject: (e: Error) => void } | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const applyMe = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    if (me.idleTimeoutSeconds > 0) {
      setIdleSeconds(me.idleTimeoutSeconds);
      idleRef.current = me.idleTimeoutSeconds;
    }
    const expires = me.expiresAt ? Date.parse(me.expiresAt) : Number.NaN;
    setDeadline(Number.isNaN(expires) ? Date.now() + me.idleTimeoutSeconds * 1000 : expires);
    setSuperviseeCount(me.superviseeCount ?? 0);
    setState({ phase: 'signed-in', user: me.user });
  }, []);

  useFirstSessionCheck({ applyMe, setState });

  useEffect(() => onServerActivity(touch), [touch]);

  useSessionHeartbeat(state.phase === 'signed-in', setDeadline);

  // A 401 while signed in: ask for the password in a dialog over the page, keep everything else.
  useEffect(() => {
    setReauthHandler(
      () =>
        new Promise<void>((resolve, reject) => {
          if (stateRef.current.phase !== 'signed-in') return reject(new Error('signed out'));
          setReauth({ resolve, reject });
        }),
    );
    return () => setReauthHandler(null);
  }, []);

  const signedIn = useCallback(
    (result: { user: User; csrfToken: string }) => {
      setCsrfToken(result.csrfToken);
      touch();
      setState({ phase: 'signed-in', user: result.user });
      // Idle timeout and expiry come from /me.
      api.get<Me>('/api/auth/me').then(applyMe, () => undefined);
    },
    [applyMe, touch],
  );

  const signOut = useCallback(async (everywhere = false) => {
    try {
      await api.post(everywhere ? '/api/auth/logout-all' : '/api/auth/logout');
    } finally {
      setCsrfToken(null);
      forgetClinicalState();
      announceSignOut(everywhere);
      setState({ phase: 'signed-out', reason: everywhere ? 'You are signed out on every device.' : 'You are signed out.' });
    }
  }, []);

  // Signed out in another tab: the session cookie is gone for this tab too. Drop everything at
  // once (the signed-in pages unmount with their state) rather than at the next request.
  useEffect(
    () =>
      listenForSignOut(({ everywhere }) => {
        if (stateRef.current.phase !== 'signed-in') return;
        setCsrfToken(null);
        forgetClinicalState();
        setReauth((open) => {
          open?.reject(new Error('signed out'));
          return null;
        });
        setState({
          phase: 'signed-out',
          reason: everywhere ? 'You signed out on every device from another tab.' : 'You signed out in another tab.',
        });
      }),
    [],
  );

  const refreshUser = useCallback(async () => {
    const me = await api.get<Me>('/api/auth/me');
    applyMe(me);
  }, [applyMe]);

  const value = useMemo(
    () => ({ state, signedIn, signOut, refreshUser, superviseeCount }),
    [state, signedIn, signOut, refreshUser, superviseeCount],
  );
  const email = state.phase === 'signed-in' ? state.user.email : '';

  return (
    <SessionContext.Provider value={value}>
      {children}
      {state.phase === 'signed-in' && !reauth ? (
        <IdleWarning
          deadline={deadline}
          warnBeforeMs={Math.min(WARN_BEFORE_SECONDS, Math.floor(idleSeconds / 2)) * 1000}
          onStay={() => refreshUser()}
          onSignOut={() => signOut()}
          onExpired={() =>
            // The server has ended the session; let the next request (or this dialog) sign in again.
            setReauth({ resolve: () => undefined, reject: () => undefined })
          }
        />
      ) : null}
      {reauth ? (
        <ReauthDialog
          email={email}
          onSignedIn={(result) => {
            setCsrfToken(result.csrfToken);
            touch();
            setState({ phase: 'signed-in', user: result.user });
            reauth.resolve();
            setReauth(null);
          }}
          onCancel={() => {
            reauth.reject(new Error('cancelled'));
            setReauth(null);
          }}
        />
      ) : null}
    </SessionContext.Provider>
  );
}
