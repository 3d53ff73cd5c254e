import type { Style } from '#compose';
import type { TCopyLayout } from '#note-export';

export interface SettingsView {
  style: Style;
  /** How "Copy note" lays the note out for the EHR. */
  copyLayout: TCopyLayout;
  defaultFormat: string;
  retentionDays: number;
  name: string;
  credentials: string;
  /** A note signed more than this many hours after its session is a late entry; null: signed on a later calendar day (the default). */
  lateEntryHours: number | null;
}

/** Settings as saved: a request that leaves out the late-entry threshold or the copy layout keeps the current one. */
export type SettingsChanges = Omit<SettingsView, 'lateEntryHours' | 'copyLayout'> & { lateEntryHours?: number | null | undefined; copyLayout?: SettingsView['copyLayout'] | undefined };

export const DEFAULT_RETENTION_DAYS = 14;
export const DEFAULT_FORMAT = 'soap';
