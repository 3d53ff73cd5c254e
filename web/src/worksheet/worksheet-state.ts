// Pure helpers for editing a worksheet in the form and sending only what was filled in.
import type { Worksheet } from '../api/types.ts';

/** Adds or removes one value from an array field. */
export function toggleValue<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const current = list ?? [];
  if (on) return current.includes(value) ? [...current] : [...current, value];
  return current.filter((v) => v !== value);
}

/** "one per line" text areas. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

/** Drops empty strings, arrays and objects, recursively, so the composer sees only what was ticked. */
export function compactWorksheet(ws: Worksheet): Worksheet {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk).filter((v) => !isEmpty(v));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const w = walk(v);
        if (!isEmpty(w)) out[k] = w;
      }
      return out;
    }
    return typeof value === 'string' ? value.trim() : value;
  };
  return walk(ws) as Worksheet;
}

/** How many things the clinician has filled in: shown on the Worksheet tab. */
export function countWorksheetItems(ws: Worksheet): number {
  let n = 0;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) n += value.length;
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    else if (!isEmpty(value)) n += 1;
  };
  walk(compactWorksheet(ws));
  return n;
}

/** What each worksheet section gets from the form: the whole worksheet and a setter for one field. */
export interface WorksheetSectionProps {
  value: Worksheet;
  set: <K extends keyof Worksheet>(key: K, v: Worksheet[K]) => void;
}
