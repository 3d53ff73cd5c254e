import type { FormatKey } from '#compose';
import type { TSettings } from './settings.schema.ts';

/** Settings as the store returns them: the type of ZSettings (settings.schema.ts). */
export type SettingsView = TSettings;

/** Settings as saved: a request that leaves out the late-entry threshold or the copy layout keeps the current one. */
export type SettingsChanges = Omit<SettingsView, 'lateEntryHours' | 'copyLayout'> & { lateEntryHours?: number | null | undefined; copyLayout?: SettingsView['copyLayout'] | undefined };

export const DEFAULT_RETENTION_DAYS = 14;
export const DEFAULT_FORMAT: FormatKey = 'soap';
