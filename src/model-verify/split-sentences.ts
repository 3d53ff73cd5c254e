// Splits note prose into sentences: at . ! ? followed by a space and a capital, a quote or a
// bracket, and at line breaks; never after a title or a common abbreviation ("Dr.", "e.g.").
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'e.g', 'i.e', 'vs', 'approx', 'etc', 'no', 'jr', 'sr', 'mt']);

/**
 * The sentences of note prose, in order, trimmed.
 * @example splitSentences('Dr. Lee called. Client agreed.'); // ['Dr. Lee called.', 'Client agreed.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    const boundary = /[.!?]["”’)]?(?=\s+["“([A-Z0-9])/g;
    for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
      const end = m.index + m[0].length;
      const before = line.slice(start, m.index).match(/([A-Za-z.]+)$/)?.[1]?.toLowerCase();
      if (m[0][0] === '.' && before && ABBREVIATIONS.has(before)) continue;
      sentences.push(line.slice(start, end).trim());
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences.filter((s) => s.length > 0);
}
