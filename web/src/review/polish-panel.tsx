// "Polish with my model": the clinician's own model rewords the draft; the server redacts, calls,
// restores and verifies. An accepted reply is shown with the sentences the model added marked; a
// rejected one says which check it failed, and the draft stays as it is.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { TPolishResponse } from '../../../src/server/model/model.schema.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { StoredDocument } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';

export function PolishPanel({ document, clientId }: { document: StoredDocument; clientId: string | null }): ReactNode {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TPolishResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function polish(): Promise<void> {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.post<TPolishResponse>('/api/compose/polish', { document, ...(clientId ? { clientId } : {}) }));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="polish stack">
      <h2 className="panel__title">Your model</h2>
      <button type="button" className="button" disabled={busy} onClick={() => void polish()}>
        {busy ? 'Polishing…' : 'Polish with my model'}
      </button>
      <ErrorBanner message={error} />
      {result && !result.accepted ? (
        <p role="alert" className="polish__rejected">
          {result.message}
        </p>
      ) : null}
      {result?.accepted ? (
        <section className="stack" aria-label="Polished by your model">
          <p className="muted small">
            {result.modelAdded === 0 ? 'Every sentence comes from your draft.' : `${result.modelAdded} sentence${result.modelAdded === 1 ? ' added by your model is' : 's added by your model are'} marked.`}
          </p>
          {result.document.sections.map((section) => (
            <div key={section.key}>
              <h3 className="subhead">{section.title}</h3>
              <p>
                {section.sentences.map((s, i) =>
                  s.modelAdded ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: sentences have no id; their order is fixed
                    <mark key={i} className="model-added" title="Added by your model: not in your draft">
                      {s.text}{' '}
                    </mark>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above
                    <span key={i}>{s.text} </span>
                  ),
                )}
              </p>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
