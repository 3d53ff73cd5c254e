// Display names for the composer's keys, read from the formats table (one place to add a format).
import { FORMATS } from '../../../src/compose/formats/formats.ts';
import type { FormatKey } from '../../../src/compose/types.ts';

export const FORMAT_LABELS: Readonly<Record<FormatKey, { name: string; description: string }>> = FORMATS;

export function formatName(key: string | null | undefined): string {
  if (!key) return '';
  return FORMAT_LABELS[key as FormatKey]?.name ?? key.toUpperCase();
}

export function signerText(signedBy: string | { name: string; credentials?: string } | null | undefined): string {
  if (!signedBy) return '';
  if (typeof signedBy === 'string') return signedBy;
  return signedBy.credentials ? `${signedBy.name}, ${signedBy.credentials}` : signedBy.name;
}

export function initials(name: string): string {
  // "J.M." and "J. M." are initials already.
  const letters = name.replace(/[^\p{L}\s]/gu, ' ');
  if (/^(\p{L}\s*){1,3}$/u.test(letters.trim()) && /[.]/.test(name)) return letters.replace(/\s/g, '').slice(0, 2).toUpperCase();
  const parts = letters.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  if (parts.length === 1) return parts[0]!.slice(0, 2).toUpperCase();
  return (parts[0]![0]! + parts[parts.length - 1]![0]!).toUpperCase();
}
