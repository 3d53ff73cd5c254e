// Finds quoted speech ("..." or '...') so it can be kept verbatim and not split or rewritten.
// A single quote opens after a space or bracket and closes before a space or punctuation;
// apostrophes inside words ("I'm", "client's") are neither.

export interface Span {
  start: number;
  end: number;
}

export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      if (close > i) {
        spans.push({ start: i, end: close + 1 });
        i = close + 1;
        continue;
      }
    } else if (ch === "'" && isOpening(text, i)) {
      const close = findSingleClose(text, i + 1);
      if (close > 0) {
        spans.push({ start: i, end: close + 1 });
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

function isOpening(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : text[i - 1]!;
  const next = text[i + 1] ?? ' ';
  return /[\s([{:=/-]/.test(prev) && /\S/.test(next) && next !== "'";
}

function findSingleClose(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\n') return -1;
    if (text[j] !== "'") continue;
    const prev = text[j - 1] ?? ' ';
    const next = text[j + 1] ?? ' ';
    if (/\S/.test(prev) && !/[A-Za-z0-9]/.test(next)) return j;
  }
  return -1;
}

export function insideAny(spans: readonly Span[], index: number): boolean {
  return spans.some((s) => index > s.start && index < s.end - 1);
}
