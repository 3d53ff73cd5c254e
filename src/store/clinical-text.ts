// Decrypted clinical text carries a brand so that code which logs or puts text into error
// messages can refuse it at the type level: `NotClinical` is any string except a ClinicalText
// (src/server/logging/log-event.ts and AppError take it). The brand is only as good as the
// type it travels in: a ClinicalText assigned to a plain `string` (the API's view types) loses
// it, and the loggers' serializers remain the runtime guard (no bodies, no foreign messages).

declare const clinicalBrand: unique symbol;
export type ClinicalText = string & { readonly [clinicalBrand]: true };

/** Any string but a ClinicalText: a plain string, literal or template is accepted as it is. */
export type NotClinical = string & { readonly [clinicalBrand]?: never };

/** Marks a string as clinical text (decrypted note text, summary, context, real name). */
export function asClinicalText(text: string): ClinicalText {
  return text as ClinicalText;
}
