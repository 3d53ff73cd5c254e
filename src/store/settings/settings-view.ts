import type { Style } from '#compose';

export interface SettingsView {
  style: Style;
  defaultFormat: string;
  retentionDays: number;
  name: string;
  credentials: string;
  /** A note signed more than this many hours after its session is a late entry; null: signed on a later calendar day (the default). */
  lateEntryHours: number | null;
}

/** Settings as saved: a request that leaves out the late-entry threshold keeps the current one. */
export type SettingsChanges = Omit<SettingsView, 'lateEntryHours'> & { lateEntryHours?: number | null | undefined };

export const DEFAULT_RETENTION_DAYS = 14;
export const DEFAULT_FORMAT = 'soap';
