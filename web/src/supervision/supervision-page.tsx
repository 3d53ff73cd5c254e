// A supervisor's list of supervisees' signed notes: those waiting for a co-signature, longest
// waiting first, and those co-signed lately. Each opens read-only for review and co-signing.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { SupervisedNote, SupervisedNotes } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDate, formatDateTime } from '../ui/format-date.ts';
import { formatName, signerText } from '../ui/format-names.ts';
import { PageHeader } from '../ui/page-header.tsx';
import { EnteredInErrorBadge } from '../ui/entered-in-error-badge.tsx';

export function SupervisionPage(): ReactNode {
  const [notes, setNotes] = useState<SupervisedNotes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.get<SupervisedNotes>('/api/supervision/notes').then(setNotes, (e) => setError(describeError(e)));
  }, []);

  return (
    <div className="page">
      <PageHeader
        title="To co-sign"
        lead="Notes your supervisees have signed. Open one to read it as signed, then co-sign it; the note itself does not change."
      />
      <ErrorBanner message={error} />
      <section className="panel panel--flush" aria-labelledby="cosign-awaiting">
        <h2 className="panel__title pad" id="cosign-awaiting">
          Waiting for your co-signature {notes ? <span className="count">{notes.awaiting.length}</span> : null}
        </h2>
        {notes === null ? (
          <p className="muted pad">Loading…</p>
        ) : notes.awaiting.length === 0 ? (
          <div className="empty">
            <p>Nothing to co-sign.</p>
          </div>
        ) : (
          <SupervisedTable notes={notes.awaiting} caption="Notes waiting for your co-signature" when="signed" />
        )}
      </section>
      {notes && notes.recent.length > 0 ? (
        <section className="panel panel--flush" aria-labelledby="cosign-recent">
          <h2 className="panel__title pad" id="cosign-recent">
            Recently co-signed
          </h2>
          <SupervisedTable notes={notes.recent} caption="Notes you co-signed recently" when="cosigned" />
        </section>
      ) : null}
    </div>
  );
}

function SupervisedTable({ notes, caption, when }: { notes: SupervisedNote[]; caption: string; when: 'signed' | 'cosigned' }): ReactNode {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">Clinician</th>
          <th scope="col">Client</th>
          <th scope="col">Format</th>
          <th scope="col">{when === 'signed' ? 'Signed' : 'Co-signed'}</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {notes.map((n) => (
          <tr key={n.id}>
            <td>
              <a className="table__link" href={`#/supervision/${n.id}`}>
                {formatDate(n.sessionDate ?? n.createdAt)}
              </a>
              <EnteredInErrorBadge at={n.enteredInErrorAt} />
            </td>
            <td>{signerText(n.clinician)}</td>
            <td>{n.clientName ?? <span className="muted">No client</span>}</td>
            <td>{formatName(n.format)}</td>
            <td className="muted small">{formatDateTime(when === 'signed' ? n.signedAt : n.cosignedAt)}</td>
            <td className="table__actions">
              <a className="button button--quiet button--small" href={`#/supervision/${n.id}`}>
                {when === 'signed' ? 'Review' : 'Open'}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
