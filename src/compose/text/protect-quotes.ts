// Quoted speech is kept verbatim: it is swapped for placeholders (⟦0⟧) while a clause is
// rewritten, then put back in double quotation marks. Shared by the reader, which also tidies a
// quote's jotting as it first reads it (expandInQuote), and the writer, whose quotes the reader
// has already tidied.
import { findQuotes } from './find-quotes.ts';

export interface Protected {
  text: string;
  quotes: string[];
}

export function protectQuotes(text: string, tidyQuote: (inner: string) => string = (inner) => inner): Protected {
  const quotes: string[] = [];
  let out = '';
  let at = 0;
  for (const span of findQuotes(text)) {
    out += text.slice(at, span.start);
    const inner = text.slice(span.start + 1, span.end - 1);
    out += `⟦${quotes.length}⟧`;
    quotes.push(`"${tidyQuote(inner)}"`);
    at = span.end;
  }
  return { text: out + text.slice(at), quotes };
}

export function restoreQuotes(text: string, quotes: readonly string[]): string {
  return text.replace(/⟦(\d+)⟧/g, (_m, i: string) => quotes[Number(i)] ?? '');
}
