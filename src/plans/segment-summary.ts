// Cuts an intake summary into sentences and list items, each with its exact place in the text
// (so every plan item traces back) and the label it sits under ("Goals:", "Strengths:").
import { PLAN_LABELS, type PlanPart } from './plan-cues.ts';

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The part named by a label at the start of this segment, or by a heading line above it. */
  label: PlanPart | null;
  /** Whether the label was written in this segment itself (so its text follows the label). */
  labelled: boolean;
}

const LABEL_BY_WORD = new Map(PLAN_LABELS.flatMap(({ part, labels }) => labels.map((label) => [label, part] as const)));
const LABEL = /^([A-Za-z][A-Za-z ./-]{0,30}?)\s*[:\-–—]\s+/;

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s•*\-–·,]/.test(text[s] as string)) s++;
  while (e > s && /[\s.;,]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

/**
 * @example segmentSummary('Goals: sleep 7 hrs. Strengths: family').map((s) => s.label) // ['goal', 'strength']
 */
export function segmentSummary(text: string): Segment[] {
  const out: Segment[] = [];
  let lineStart = 0;
  // A label alone on its line ("Goals:" then bullets) holds for the lines under it, up to a blank line or the next label.
  let heading: PlanPart | null = null;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (!line.trim()) heading = null;
    // Sentences end at ". " (not in "3.5" or "Dr."), "; " or the end of the line.
    const ends = /(?<!\b(?:dr|mr|mrs|ms|vs|e\.g|i\.e|approx|pt|cl|hx|dx|tx|wk|min|hrs?))[.!?;](?=\s|$)/gi;
    let from = lineStart;
    const cuts: number[] = [];
    for (let m = ends.exec(line); m; m = ends.exec(line)) cuts.push(lineStart + m.index + 1);
    cuts.push(lineEnd);
    for (const cut of cuts) {
      const span = trimmed(text, from, cut);
      from = cut;
      if (span.end <= span.start) continue;
      const piece = text.slice(span.start, span.end);
      const label = LABEL.exec(piece);
      const part = label ? LABEL_BY_WORD.get((label[1] as string).toLowerCase().replace(/\.$/, '').trim()) : undefined;
      const bare = /^([A-Za-z][A-Za-z ./-]{0,30}?)\s*:$/.exec(piece);
      const bareLabel = bare ? LABEL_BY_WORD.get((bare[1] as string).toLowerCase().trim()) : undefined;
      if (bareLabel) {
        heading = bareLabel;
        continue;
      }
      if (label && part) {
        heading = null;
        const start = span.start + label[0].length;
        if (start < span.end) out.push({ text: text.slice(start, span.end), start, end: span.end, label: part, labelled: true });
        continue;
      }
      out.push({ text: piece, start: span.start, end: span.end, label: heading, labelled: heading !== null });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A labelled list ("Strengths: humour, supportive sister") cut at commas, each item with its place. */
export function splitList(segment: Segment): Segment[] {
  const out: Segment[] = [];
  const separators = /,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)/g;
  let from = 0;
  const push = (to: number): void => {
    const span = trimmed(segment.text, from, to);
    if (span.end > span.start) out.push({ ...segment, text: segment.text.slice(span.start, span.end), start: segment.start + span.start, end: segment.start + span.end });
  };
  for (let m = separators.exec(segment.text); m; m = separators.exec(segment.text)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(segment.text.length);
  return out;
}
