// A client's initials for the footer of an exported page: enough to match a printed page to its
// chart, no more of the name than that.

/**
 * The first letter of each word of the display name, with full stops.
 * @example clientInitials('Jane Marie Doe') // 'J.M.D.'; clientInitials('J.M.') // 'J.M.'
 */
export function clientInitials(name: string | null | undefined): string {
  const words = (name ?? '').normalize('NFC').match(/\p{L}+/gu) ?? [];
  // "JM" as written (two or three capitals) is initials already.
  if (words.length === 1 && /^\p{Lu}{2,3}$/u.test(words[0]!)) return `${[...words[0]!].join('.')}.`;
  return words
    .slice(0, 4)
    .map((w) => `${[...w][0]!.toUpperCase()}.`)
    .join('');
}
