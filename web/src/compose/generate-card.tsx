// The Write page's Generate button, saying what it is doing, and what it writes from when the
// summary is too long for one note.
import type { ReactNode } from 'react';
import { formatCount } from '../ui/format-count.ts';
import type { SummaryCut } from './cut-summary.ts';

interface GenerateCardProps {
  disabled: boolean;
  busy: null | 'compose' | 'save';
  cut: SummaryCut | null;
}

export function GenerateCard({ disabled, busy, cut }: GenerateCardProps): ReactNode {
  return (
    <div className="panel stack generate-card">
      <p className="small muted">Text and worksheet can be combined. Nothing you did not write or tick will appear in the note.</p>
      <button type="submit" className="button button--primary button--large" disabled={disabled}>
        {busy === 'compose'
          ? 'Writing the note…'
          : busy === 'save'
            ? 'Saving draft…'
            : cut
              ? `Generate from the first ${formatCount(cut.kept.length)} characters`
              : 'Generate note'}
      </button>
    </div>
  );
}
