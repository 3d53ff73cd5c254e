// Whether the clinician's latest edits are stored: saving, saved, or not saved with a Retry.
import type { ReactNode } from 'react';

export type SaveState = { kind: 'saved'; at: number } | { kind: 'saving' } | { kind: 'failed'; message: string } | { kind: 'idle' };

export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }): ReactNode {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return <span className="save-state">Saving…</span>;
    case 'saved':
      return <span className="save-state save-state--ok">Saved</span>;
    case 'failed':
      return (
        <span className="save-state save-state--failed" role="alert">
          Not saved.{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        </span>
      );
  }
}
