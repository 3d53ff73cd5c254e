// Negation cues (NegEx-style triggers, reference/clinical.md section 6.1 "denies", "negative for"),
// lower case, whole words. A sentence whose cues appear or vanish in the reply has flipped meaning.
export const NEGATION_CUES: readonly string[] = [
  'no', 'not', 'never', 'none', 'nor', 'neither', 'without', 'denies', 'denied', 'deny', 'denying', 'negative', 'absent',
  'absence', 'free of', 'ruled out', 'unable', 'cannot', "can't", "won't", "didn't", "doesn't", "don't", "isn't", "wasn't",
  "aren't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", 'nothing', 'nobody', 'refused',
  'refuses', 'declined', 'declines', 'lack', 'lacks', 'lacked', 'lacking',
];
