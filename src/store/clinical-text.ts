// Decrypted clinical text carries a brand so that code which logs or puts text into error
// messages can refuse it at the type level (see src/server/logging/create-logger-options.ts).

declare const clinicalBrand: unique symbol;
export type ClinicalText = string & { readonly [clinicalBrand]: true };

/** Marks a string as clinical text (decrypted note text, summary, context, real name). */
export function asClinicalText(text: string): ClinicalText {
  return text as ClinicalText;
}
