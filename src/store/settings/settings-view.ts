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
}

export const DEFAULT_RETENTION_DAYS = 14;
export const DEFAULT_FORMAT = 'soap';
