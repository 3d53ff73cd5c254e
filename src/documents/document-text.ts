// A written document as plain text, for the clipboard or a text file: its title, each section
// under its title, then the signature (or that it is an unsigned draft) and an "entered in error"
// mark first when there is one. Shared by the web app (Copy) and anything that exports it.
import type { TTemplateDocument } from './template-document.schema.ts';

export interface DocumentTextOptions {
  /** "Name, credentials" and the instant, when signed. */
  signedBy?: { name: string; credentials: string } | null | undefined;
  signedAt?: string | null | undefined;
  /** The reason, when the signed document was marked entered in error. */
  enteredInErrorReason?: string | null | undefined;
  /** Turns an ISO instant into the reader's words ("Dec 1, 2026, 3:04 PM"); ISO as is without one. */
  formatInstant?: (iso: string) => string;
}

/**
 * The document as plain text, sections separated by a blank line.
 * @example
 * documentText(doc, { signedBy: { name: 'Dana Reyes', credentials: 'LCSW' }, signedAt: '2026-12-01T15:04:00Z' })
 * // 'Termination summary\n\nCourse of treatment\n...\n\nSigned by Dana Reyes, LCSW, 2026-12-01T15:04:00Z'
 */
export function documentText(document: TTemplateDocument, options: DocumentTextOptions = {}): string {
  const when = options.formatInstant ?? ((iso: string) => iso);
  const parts: string[] = [];
  if (options.enteredInErrorReason) parts.push(`ENTERED IN ERROR: ${options.enteredInErrorReason}`);
  parts.push(document.title);
  for (const section of document.sections) parts.push(`${section.title}\n${section.text}`);
  parts.push(options.signedBy ? `Signed by ${options.signedBy.name}, ${options.signedBy.credentials}${options.signedAt ? `, ${when(options.signedAt)}` : ''}` : 'Unsigned draft');
  return parts.join('\n\n');
}
