// The client's saved documents on the client's page: title, the template it came from, the day it
// was written and its status, each opening the document's page.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { TClientDocument } from '../../../src/server/documents/documents.schema.ts';
import { api } from '../api/request.ts';
import { EnteredInErrorBadge } from '../ui/entered-in-error-badge.tsx';
import { formatDate } from '../ui/format-date.ts';
import { StatusBadge } from '../ui/status-badge.tsx';

export function ClientDocumentsList({ clientId, clientName }: { clientId: string; clientName: string }): ReactNode {
  const [documents, setDocuments] = useState<TClientDocument[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setFailed(false);
    api.get<{ documents: TClientDocument[] }>(`/api/clients/${encodeURIComponent(clientId)}/documents`).then(
      (r) => setDocuments(r.documents),
      () => setFailed(true),
    );
  }, [clientId]);

  if (failed) return <p className="muted">The documents could not be loaded. Reload the page to try again.</p>;
  if (documents === null) return <p className="muted">Loading…</p>;
  if (documents.length === 0) {
    return (
      <p className="muted">
        No documents for {clientName} yet. Write one from a template on the <a href="#/templates">Templates</a> page.
      </p>
    );
  }
  return (
    <ul className="note-mini-list" aria-label={`Documents for ${clientName}`}>
      {documents.map((d) => (
        <li key={d.id}>
          <a href={`#/documents/${encodeURIComponent(d.id)}`}>
            {d.document.title}
          </a>{' '}
          <span className="muted">
            {d.templateTitle && d.templateTitle !== d.document.title ? `${d.templateTitle} · ` : ''}
            {formatDate(d.createdAt)}
          </span>{' '}
          <StatusBadge status={d.status} /> <EnteredInErrorBadge at={d.enteredInErrorAt} />
        </li>
      ))}
    </ul>
  );
}
