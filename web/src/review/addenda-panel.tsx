// Signed notes are never changed; corrections and late entries are signed addenda.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import type { Addendum } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDateTime } from '../ui/format-date.ts';
import { signerText } from '../ui/format-names.ts';
import { FormField } from '../ui/form-field.tsx';

/** The note's addenda; without `onAdd` (a supervisor reading) the list only, no form. */
export function AddendaPanel({ addenda, onAdd }: { addenda: Addendum[]; onAdd?: (text: string) => Promise<void> }): ReactNode {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!onAdd) return;
    setBusy(true);
    setError(null);
    try {
      await onAdd(text.trim());
      setText('');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="addenda" aria-labelledby="addenda-title">
      <h2 className="note-section__title" id="addenda-title">
        Addenda
      </h2>
      {addenda.length > 0 ? (
        <ol className="addenda__list">
          {addenda.map((a, i) => (
            <li key={a.id ?? `${i}-${a.signedAt ?? ''}`} className="addendum">
              <p className="addendum__text">{a.text}</p>
              <p className="addendum__meta">
                Signed {signerText(a.signedBy) ? `by ${signerText(a.signedBy)} ` : ''}
                on {formatDateTime(a.signedAt)}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">No addenda.</p>
      )}
      {onAdd ? (
        <form className="stack" onSubmit={submit}>
          <ErrorBanner message={error} />
          <FormField label="New addendum">
            <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} maxLength={10_000} />
          </FormField>
          <div className="row row--end">
            <button type="submit" className="button" disabled={busy || !text.trim()}>
              {busy ? 'Signing…' : 'Sign addendum'}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
