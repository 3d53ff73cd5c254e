// Unicode clean-up that keeps every character at its offset, so source spans stay true to the
// clinician's original text: each replacement is one character for one character.
import { CONSIDERED_STEPS } from '../lexicon/symbol-rules.ts';
import { barsAsCommas } from './find-session-date.ts';

const SAME_LENGTH: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u2022': '-', '\u25cf': '-', '\u25e6': '-', '\u00b7': '-', '\u2023': '-', '\u2043': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u200b': ' ', '\t': ' ', '\r': ' ', '\u2026': '…',
};

const CONSIDERED_MARK = new RegExp(String.raw`(?<=(?:^|[,;:(]\s*))\?(?=\s*(?:${CONSIDERED_STEPS})\b)`, 'gim');

/** The question mark of a risk item answered at once: "SI? no", "SH? yes", "plan? none". */
const RISK_QUESTION_ANSWERED = /(?<=\b(?:SI|HI|SH|NSSI|S\/H|SI\/HI|self-harm|suicidal ideation|homicidal ideation|plan|intent|means|access|guns? in (?:the )?home|firearms?|weapons?))\?(?=\s*[-:]?\s*(?:yes|no|nope|none|y|n|denies|denied|endorses|endorsed)\b)/gi;

/** Returns the text with typographic characters made plain, at the same length. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const r = SAME_LENGTH[ch];
    out += r ?? ch;
  }
  // Surrogate pairs (emoji) are two UTF-16 units; the loop above keeps them whole, so lengths match.
  // "MD notified, ? increase to 1:1": a question mark before a step weighed asks, it does not end the sentence.
  if (out.includes('?')) out = out.replace(CONSIDERED_MARK, '¿');
  // "SI? no", "HI? yes, passive": a risk screen jotted as a question and its answer is a labelled answer ("SI: no").
  if (out.includes('?')) out = out.replace(RISK_QUESTION_ANSWERED, ':');
  // "Simple" alone on the first line, "- SOAP pls" on the last: the clinician asking for a format, never content.
  out = out.replace(FORMAT_REQUEST_LINE, (m) => m.replace(/[^\n]/g, ' '));
  return breakInlineLetterLabels(barsAsCommas(out));
}

/** A line that only names the note's format, perhaps asking for it ("SOAP pls", "Simple note please", "DAP format"). */
const FORMAT_REQUEST_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:SOAP|DAP|BIRP|GIRP|PIRP|SIRP|PIE|Simple|simple)(?:-?ish|[ \t]+style)?(?:[ \t]+(?:note|format))?(?:[ \t]+(?:pls|plz|please|thx|thanks|ty))?[ \t]*[.!]?[ \t]*$/gm;

/** A format letter opening a line ("S:", "D:", "B:"). */
const LINE_LETTER = /^\s*[SODABIRPGE]\s*:\s/;
/** The space before another format letter after a sentence's end: "... fine. O: calm." */
/** "SOAP - S: ...", "DAP. D: ...": a format's name, then its first letter, on one line (group 1 ends before the break). */
const FORMAT_LEAD = /^\s*(?:SOAP|DAP|BIRP|PIRP|GIRP|SIRP|PIE)(?:\s+note)?\s*[.:\-–]?\s(?=[SODABIRPGE]\s*:\s)/;
const INLINE_LETTER = /(?<=[.;!?])\s(?=[SOABDIRPGE]\s*:\s)/g;

/**
 * "S: pt says fine. O: calm. A: ? P: f/u 1 wk": a note typed on one line with its format letters is read as
 * if each letter opened its own line. The space before each letter becomes a line break (same length).
 */
function breakInlineLetterLabels(text: string): string {
  if (!/[.;!?]\s[SOABDIRPGE]\s*:\s/.test(text) && !FORMAT_LEAD.test(text)) return text;
  return text
    .split('\n')
    .map((l) => {
      // ("DAP. D: client anxious ... A: ..."): the format's name before its first letter is a heading line of its own.
      const line = l.replace(FORMAT_LEAD, (m) => `${m.slice(0, -1)}\n`);
      if (line !== l) return line.replace(INLINE_LETTER, '\n');
      if (!LINE_LETTER.test(line)) return line;
      const letters = new Set([line.trim()[0], ...[...line.matchAll(/(?<=[.;!?]\s)([SOABDIRPGE])\s*:\s/g)].map((m) => m[1])]);
      return letters.size >= 2 ? line.replace(INLINE_LETTER, '\n') : line;
    })
    .join('\n');
}
