// How the audit page shows an event: the tone of its action, plain words for codes, its time in
// the browser's zone, and the page its record opens on.
import type { AuditEvent, AuditVerify } from '../api/types.ts';

export const ACTION_TONE: Record<string, string> = {
  sign: 'ok',
  create: 'ok',
  delete: 'danger',
  entered_in_error: 'danger',
  refuse: 'danger',
  sign_in_failed: 'danger',
  lock: 'danger',
  copy: 'accent',
  export: 'accent',
  sign_in: 'muted',
  sign_out: 'muted',
};

export const CHECKPOINT_STATE: Record<AuditVerify['checkpoint']['state'], string> = {
  verified: 'matches the log',
  missing: 'missing',
  invalid: 'cannot be trusted',
  mismatch: 'does not match the log',
};

export const words = (s: string | null | undefined): string => (s ?? '').replace(/_/g, ' ');

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' });
}

/** Where an event's record opens in the app, when it is one that has a page. */
export function recordHref(e: AuditEvent): string | undefined {
  if (!e.entityId) return undefined;
  if (e.entity === 'note') return `#/notes/${encodeURIComponent(e.entityId)}`;
  if (e.entity === 'client') return `#/clients/${encodeURIComponent(e.entityId)}`;
  return undefined;
}
