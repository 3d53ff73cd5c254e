// The standard PDF fonts (Helvetica and friends, never embedded, never fetched) can show only the
// WinAnsi characters. Anything else would print as a wrong glyph, so it is spelled the nearest
// honest way: a known symbol in ASCII, an accented letter without its accent, else "?".

/** WinAnsi beyond Latin-1 (0x80-0x9F in the encoding). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SPELLED: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '↑': '(up)',
  '↓': '(down)',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '∅': 'none',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '′': "'",
  '″': '"',
  '✓': 'yes',
  '✗': 'no',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': '    ',
  // Letters with a stroke have no decomposition to take the accent off.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

function shown(char: string): boolean {
  const code = char.codePointAt(0)!;
  return char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/**
 * @example toWinAnsi('PHQ-9 ↓ 19→12 ≥ 10') // 'PHQ-9 (down) 19->12 >= 10'
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (shown(char)) out += char;
    else if (SPELLED[char] !== undefined) out += SPELLED[char];
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every(shown) ? base : '?';
    }
  }
  return out;
}
