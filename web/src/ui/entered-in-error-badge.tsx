import type { ReactNode } from 'react';

/** Shown beside the status of a signed note the clinician marked entered in error. */
export function EnteredInErrorBadge({ at }: { at: string | null | undefined }): ReactNode {
  return at ? <span className="badge badge--error">Entered in error</span> : null;
}
