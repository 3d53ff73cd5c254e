// The behaviour of a SMART objective written in one sentence ("panic attacks no more than 1 per
// week per panic diary by 2027-02-01"): the sentence without its measure, target and date, which
// have fields of their own. Only the end of the sentence is cut, so the behaviour stays a piece of
// what the clinician wrote ("attend 4 of 5 school days" keeps its target inside it).
import { OBJECTIVE_LINKS } from './plan-cues.ts';

export interface Piece {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * The leading part of `text` that is neither a piece (measure, target, date) nor a linking word
 * after it; '' when the sentence is only measure, target and date ("GAD-7 below 10 by 2027-03-01").
 * @example behaviourOf('sleep 7 hours a night by 2027-01-31', [{ start: 22, end: 35 }]) // 'sleep 7 hours a night'
 */
export function behaviourOf(text: string, pieces: readonly Piece[]): string {
  const covered = (at: number): boolean => pieces.some((p) => at >= p.start && at < p.end);
  let end = 0;
  for (const word of text.matchAll(WORD)) {
    if (covered(word.index)) continue;
    if (OBJECTIVE_LINKS.has(word[0].toLowerCase())) continue;
    end = word.index + word[0].length;
  }
  return text
    .slice(0, end)
    .trim()
    .replace(/[\s,;:(–—-]+$/, '');
}

/** A measure with the words that lead to it ("per attendance log", "as measured by the PHQ-9"): up to two words back to a linking word. */
export function withLead(text: string, piece: Piece): Piece {
  const before = text.slice(0, piece.start);
  const lead = /\b(per|on|using|via|by|with|from|measured by|according to)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.exec(before);
  return lead ? { start: lead.index, end: piece.end } : piece;
}
