import type { ReactNode } from 'react';
import type { NoteStatus } from '../api/types.ts';

export function StatusBadge({ status }: { status: NoteStatus }): ReactNode {
  return <span className={`badge badge--${status}`}>{status === 'signed' ? 'Signed' : 'Draft'}</span>;
}
