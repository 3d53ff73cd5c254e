// What a section of a note means, read from the format definitions (src/compose/formats: which
// record kinds each format places in which section), so a sentence can move to the section with
// the same meaning in another format: an intervention stays an intervention, what the client
// reported goes where that format keeps reports. No second table to keep in step.
import { FORMATS } from '../../../src/compose/formats/formats.ts';
import type { PlacedKind } from '../../../src/compose/formats/formats.ts';
import type { FormatKey } from '../../../src/compose/types.ts';

/** Sections every format has, with the same meaning everywhere. */
const SHARED_SECTIONS = ['session', 'risk'] as const;

/** The record kinds a format writes into one of its sections, in the format's own order. */
function sectionKinds(format: FormatKey, sectionKey: string): PlacedKind[] {
  const place = FORMATS[format].place;
  return (Object.keys(place) as PlacedKind[]).filter((kind) => place[kind] === sectionKey);
}

/**
 * The sections of `to` that hold what `from`'s section held, most likely first (by the order of
 * the kinds in the format definition). Empty when the section is not part of `from`.
 *
 * @example
 * sectionsWithSameMeaning({ format: 'soap', section: 'objective' }, 'girp') // ['response', 'intervention']
 */
export function sectionsWithSameMeaning(from: { format: FormatKey; section: string }, to: FormatKey): string[] {
  if ((SHARED_SECTIONS as readonly string[]).includes(from.section)) return [from.section];
  const targets = sectionKinds(from.format, from.section).map((kind) => FORMATS[to].place[kind]);
  return [...new Set(targets)];
}
