// Splits the summary into runs of text, each marked when it lies inside one of the given spans.

export interface Segment {
  text: string;
  start: number;
  marked: boolean;
}

export function summarySegments(summary: string, spans: { start: number; end: number }[]): Segment[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, summary.length)), end: Math.max(0, Math.min(s.end, summary.length)) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, summary.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const marked = valid.some((s) => s.start <= start && end <= s.end);
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += summary.slice(start, end);
    else segments.push({ text: summary.slice(start, end), start, marked });
  }
  return segments;
}
