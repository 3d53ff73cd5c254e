// Capitalised words a reply may open a sentence with although the draft never uses them: linking
// words of clinical prose, not names. Any other capitalised word the draft lacks is read as a name.
export const CONNECTIVES: readonly string[] = [
  'additionally', 'also', 'afterward', 'afterwards', 'again', 'altogether', 'although', 'as', 'at', 'before', 'both', 'but',
  'during', 'each', 'finally', 'first', 'following', 'for', 'from', 'further', 'furthermore', 'however', 'in', 'later',
  'lastly', 'likewise', 'meanwhile', 'moreover', 'next', 'of', 'on', 'overall', 'second', 'similarly', 'since', 'so', 'subsequently',
  'the', 'then', 'there', 'these', 'this', 'those', 'throughout', 'thus', 'to', 'together', 'when', 'while', 'with', 'within',
  'a', 'an', 'and', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'its', 'after', 'by', 'upon', 'regarding', 'in addition',
];
