// Splits the summary into runs of text: each run is marked when it lies inside one of the
// highlighted spans, and flagged unused when no sentence of the note cites it.

export interface Segment {
  text: string;
  start: number;
  marked: boolean;
  /** No sentence was written from these characters (only meaningful when `used` spans are given). */
  unused: boolean;
}

type Span = { start: number; end: number };

const clip = (spans: Span[], length: number): Span[] =>
  spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start);

export function summarySegments(summary: string, spans: Span[], used?: Span[]): Segment[] {
  const marks = clip(spans, summary.length);
  const cited = used ? clip(used, summary.length) : null;
  const cuts = new Set<number>([0, summary.length]);
  for (const s of [...marks, ...(cited ?? [])]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const text = summary.slice(start, end);
    const marked = marks.some((s) => s.start <= start && end <= s.end);
    // Punctuation and spaces between cited clauses are not "unused words".
    const unused = cited !== null && /[\p{L}\p{N}]/u.test(text) && !cited.some((s) => s.start <= start && end <= s.end);
    const last = segments.at(-1);
    if (last && last.marked === marked && last.unused === unused) last.text += text;
    else segments.push({ text, start, marked, unused });
  }
  return segments;
}
