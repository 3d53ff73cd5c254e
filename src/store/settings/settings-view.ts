import type { Style } from '#compose';

export interface SettingsView {
  style: Style;
  defaultFormat: string;
  retentionDays: number;
  name: string;
  credentials: string;
}

export const DEFAULT_RETENTION_DAYS = 14;
export const DEFAULT_FORMAT = 'soap';
