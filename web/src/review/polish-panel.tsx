// "Polish with my model": the clinician's own model rewords the draft; the server redacts, calls,
// restores and verifies. An accepted reply goes into the note (the review page adopts it, with the
// model's own sentences marked) and can be undone back to the draft; a rejected one says which
// check it failed, and the draft stays as it is.
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { TModelSettings, TPolishResponse } from '../../../src/server/model/model.schema.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { StoredDocument } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import type { PolishedDocument } from './adopt-polish.ts';

interface PolishOutcome {
  reworded: number;
  added: number;
}

interface PolishPanelProps {
  document: StoredDocument;
  clientId: string | null;
  /**
   * Takes the verified wording into the note; answers what changed, or null when the note changed
   * while the model worked (the reply was checked against the document sent, so it is set aside).
   */
  onAdopt: (polished: PolishedDocument, sent: StoredDocument) => PolishOutcome | null;
  /** Present while the note holds adopted wording that can go back to the draft before it. */
  onUndo?: (() => void) | undefined;
}

export function PolishPanel({ document, clientId, onAdopt, onUndo }: PolishPanelProps): ReactNode {
  const [settings, setSettings] = useState<TModelSettings | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [outcome, setOutcome] = useState<PolishOutcome | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    api.get<{ model: TModelSettings }>('/api/settings/model').then(
      (r) => setSettings(r.model),
      () => setSettings(null),
    );
    return () => running.current?.abort();
  }, []);

  // Seconds since the request left, so a slow local model is seen to be working.
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setElapsed(Math.round((Date.now() - startedAt) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);

  async function polish(): Promise<void> {
    const controller = new AbortController();
    running.current = controller;
    setStartedAt(Date.now());
    setElapsed(0);
    setError(null);
    setRefusal(null);
    setOutcome(null);
    const sent = document;
    try {
      const result = await api.post<TPolishResponse>('/api/compose/polish', { document: sent, ...(clientId ? { clientId } : {}) }, { signal: controller.signal });
      if (!result.accepted) setRefusal(result.message);
      else {
        const adopted = onAdopt(result.document, sent);
        if (adopted) setOutcome(adopted);
        else setRefusal('You changed the note while your model was working, so its reply was set aside: it was checked against the note as it was. Your note is as you left it; polish again to use your model.');
      }
    } catch (e) {
      if (!controller.signal.aborted) setError(describeError(e));
    } finally {
      running.current = null;
      setStartedAt(null);
    }
  }

  function stop(): void {
    running.current?.abort();
    setError('Stopped. Your draft is unchanged.');
  }

  const busy = startedAt !== null;
  const off = settings !== null && !settings.enabled;
  return (
    <div className="polish stack">
      <h2 className="panel__title">Your model</h2>
      {off ? <p className="muted small">Your own model is off. Turn it on in Settings › Your own model to polish drafts.</p> : null}
      <div className="row">
        <button type="button" className="button" disabled={busy || off} onClick={() => void polish()}>
          {busy ? 'Polishing…' : 'Polish with my model'}
        </button>
        {busy ? (
          <button type="button" className="button button--quiet" onClick={stop}>
            Stop
          </button>
        ) : null}
      </div>
      <p role="status" className="muted small polish__progress">
        {busy
          ? `Your model is rewording the draft, section by section: ${elapsed} s${settings ? ` of at most ${settings.timeoutSeconds} s` : ''}.`
          : outcome
            ? describeOutcome(outcome)
            : ''}
      </p>
      <ErrorBanner message={error} />
      {refusal ? (
        <p role="alert" className="banner banner--warn polish__rejected">
          {refusal}
        </p>
      ) : null}
      {onUndo && !busy ? (
        <div className="stack">
          <p className="muted small">The note holds your model’s wording. Going back restores the draft as it was before polishing; edits made since are undone too.</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setOutcome(null);
              onUndo();
            }}
          >
            Back to the draft before polishing
          </button>
        </div>
      ) : null}
    </div>
  );
}

function describeOutcome({ reworded, added }: PolishOutcome): string {
  if (reworded === 0 && added === 0) return 'Your model kept the draft’s wording; nothing changed.';
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const parts = [
    ...(reworded > 0 ? [`${plural(reworded, 'sentence', 'sentences')} reworded`] : []),
    ...(added > 0 ? [`${plural(added, 'sentence', 'sentences')} added by your model, marked “model-added”: read ${added === 1 ? 'it' : 'them'} before signing`] : []),
  ];
  return `Your model’s wording is in the note: ${parts.join('; ')}.`;
}
