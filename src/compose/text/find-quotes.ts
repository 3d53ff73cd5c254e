// Finds quoted speech ("..." or '...') so it can be kept verbatim and not split or rewritten.
// A single quote opens after a space or bracket and closes before a space or punctuation;
// apostrophes inside words ("I'm", "client's") are neither.

export interface Span {
  start: number;
  end: number;
}

export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  // Where a search for a closing single quote last ran out (its line's end): an opening before
  // it has no close either, so "'x 'x 'x ..." is read once, not once per quote.
  let noCloseBefore = -1;
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
    } else if (ch === "'" && i + 1 >= noCloseBefore && isOpening(text, i)) {
      const close = findSingleClose(text, i + 1);
      if (close > 0) {
        spans.push({ start: i, end: close + 1 });
        i = close + 1;
        continue;
      }
      noCloseBefore = lineEnd(text, i + 1);
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

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Whether index falls inside one of the spans (sorted and apart, as findQuotes gives them). */
export function insideAny(spans: readonly Span[], index: number): boolean {
  // The last span that starts before index is the only one that can hold it.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < index) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s !== undefined && index < s.end - 1;
}
