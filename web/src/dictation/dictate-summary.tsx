// The Write page's "Dictate summary" button. The panel behind it (and the speech, microphone and
// upload code) is fetched only when the clinician opens it, so the Write page stays small.
import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';

const DictationPanel = lazy(() => import('./dictation-panel.tsx').then((m) => ({ default: m.DictationPanel })));

/** `onTranscript` gets the final text of one dictation, to add to the summary. */
export function DictateSummary({ onTranscript }: { onTranscript: (text: string) => void }): ReactNode {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p className="small muted">
        <button type="button" className="button button--small" aria-describedby="dictate-hint" onClick={() => setOpen(true)}>
          Dictate summary
        </button>{' '}
        <span id="dictate-hint">Speak your summary after the session (at most 5 minutes). Never the session itself.</span>
      </p>
    );
  }
  return (
    <Suspense fallback={<p className="small muted">Opening dictation…</p>}>
      <DictationPanel onTranscript={onTranscript} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
