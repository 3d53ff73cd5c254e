// What the clinician typed on the Write page but has not generated yet survives moving to another
// page and back. It lives in this tab's memory only: never in localStorage, sessionStorage or
// IndexedDB, and it is dropped on sign-out.
import type { FormatKey, Worksheet } from '../api/types.ts';
import { whenSignedOut } from '../session/sign-out-signal.ts';
import type { SessionValue } from './session-fields.tsx';

export interface PendingInput {
  clientId: string;
  /** Null while the clinician has not picked a format themselves. */
  format: FormatKey | null;
  summary: string;
  worksheet: Worksheet;
  session: SessionValue;
  dateSetByClinician: boolean;
}

let pending: PendingInput | null = null;
whenSignedOut(() => {
  pending = null;
});

/** The unsent input to restore, when it was for this client (or no client was asked for). */
export function pendingInputFor(clientId: string | undefined): PendingInput | null {
  return pending && (!clientId || clientId === pending.clientId) ? pending : null;
}

/** Keeps the unsent input, or forgets it (null). */
export function keepPendingInput(input: PendingInput | null): void {
  pending = input;
}
