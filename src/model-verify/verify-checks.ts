// The verifier's checks, in the order they run, each with the words that tell the clinician why a
// reply was discarded. Messages never quote clinical text.
export const VERIFY_CHECKS = {
  sections: 'it dropped, added or emptied a section',
  placeholders: 'it left a placeholder that could not be restored, or made one up',
  instructions: 'it contained words addressed to a reader or a model (instructions, chat, a link), not note text',
  risk: 'it changed the risk status or a risk statement',
  negation: 'it flipped a negation (a denial became a report, or the reverse)',
  quotes: 'it quoted words the draft does not quote',
  dates: 'it named a date the draft does not',
  numbers: 'it gave a number the draft does not',
  medications: 'it named a medication the draft does not',
  diagnoses: 'it named a diagnosis the draft does not',
  names: 'it named a person or place the draft does not',
} as const;

export type VerifyCheck = keyof typeof VERIFY_CHECKS;
