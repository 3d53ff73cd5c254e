// The words the worksheet form shows for the schema's values (src/worksheet/worksheet-options.ts).
import type { MseDomain, SESSION_MODALITIES } from '../../../src/worksheet/worksheet-options.ts';

export const MSE_LABELS: Record<MseDomain, string> = {
  appearance: 'Appearance',
  behavior: 'Behavior',
  eyeContact: 'Eye contact',
  speech: 'Speech',
  mood: 'Mood',
  affect: 'Affect',
  thoughtProcess: 'Thought process',
  thoughtContent: 'Thought content',
  perception: 'Perception',
  orientation: 'Orientation',
  insight: 'Insight',
  judgment: 'Judgment',
};

export const MODALITY_LABELS: Record<(typeof SESSION_MODALITIES)[number], string> = { in_person: 'In person', video: 'Video', phone: 'Phone' };

export const STATUS_LABELS: Record<string, string> = {
  denied: 'Denied',
  passive: 'Passive',
  active: 'Active',
  present: 'Present',
  history: 'History only',
  not_assessed: 'Not assessed',
};

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
