// One document written from a template and kept with a client, as a record like a note: read it,
// edit its sections while it is a draft, sign it, copy it; once signed it is locked, and can only
// be marked entered in error. A supervisor reads it and changes nothing.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { documentText } from '../../../src/documents/document-text.ts';
import type { TTemplateDocument } from '../../../src/documents/template-document.schema.ts';
import type { TClientDocument } from '../../../src/server/documents/documents.schema.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import { navigate } from '../app/use-hash-route.ts';
import { copyText } from '../review/copy-text.ts';
import { EnteredInErrorDialog } from '../review/entered-in-error-dialog.tsx';
import { SignDialog } from '../review/sign-dialog.tsx';
import { useUser } from '../session/session-context.tsx';
import { WrittenDocument } from '../templates/document-panel.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDate, formatDateTime } from '../ui/format-date.ts';
import { PageHeader } from '../ui/page-header.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { useToast } from '../ui/toast.tsx';
import '../templates/templates.css';
import { SectionEditor } from './section-editor.tsx';

type Dialog = null | 'sign' | 'error' | 'busy';

export function DocumentPage({ documentId }: { documentId: string }): ReactNode {
  const user = useUser();
  const toast = useToast();
  const [saved, setSaved] = useState<TClientDocument | null>(null);
  const [editing, setEditing] = useState<string[] | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const path = `/api/documents/${encodeURIComponent(documentId)}`;

  useEffect(() => {
    api.get<{ document: TClientDocument }>(path).then(
      (r) => setSaved(r.document),
      (e: unknown) => setError(describeError(e)),
    );
  }, [path]);

  async function act(run: () => Promise<{ document: TClientDocument }>, done: string): Promise<void> {
    setError(null);
    try {
      setSaved((await run()).document);
      toast(done);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setDialog(null);
    }
  }

  if (!saved) return <div className="page">{error ? <ErrorBanner message={error} /> : <p className="muted">Loading…</p>}</div>;
  const { document: doc, access } = saved;
  const draft = saved.status === 'draft';
  const mine = access === 'author';

  async function saveEdits(texts: string[]): Promise<void> {
    // A section whose text changed becomes the clinician's own words (no source in the summary).
    const sections = doc.sections.map((s, i) => (texts[i] === s.text ? s : { ...s, text: texts[i]!.trim(), sentences: [{ text: texts[i]!.trim(), source: [], edited: true }] }));
    const edited: TTemplateDocument = { ...doc, sections };
    await act(() => api.put(path, { document: edited }), 'Document saved.');
    setEditing(null);
  }

  async function copy(): Promise<void> {
    setError(null);
    try {
      await copyText(documentText(doc, { signedBy: saved?.signedBy, signedAt: saved?.signedAt, enteredInErrorReason: saved?.enteredInErrorReason, formatInstant: formatDateTime }));
      toast('Document copied.');
      void api.post(`${path}/copied`).catch(() => undefined);
    } catch (e) {
      setError(describeError(e));
    }
  }

  async function remove(): Promise<void> {
    try {
      await api.delete(path);
      toast('Draft deleted.');
      navigate(`/clients/${saved?.clientId}`);
    } catch (e) {
      setError(describeError(e));
    }
  }

  const prompts = doc.sections.filter((s) => /\[Not documented/.test(s.text)).map((s) => s.title);
  return (
    <div className="page">
      <PageHeader
        title={doc.title}
        lead={`${saved.templateTitle ? `From the template “${saved.templateTitle}” · ` : ''}written ${formatDate(saved.createdAt)}`}
        actions={
          <div className="row">
            <StatusBadge status={saved.status} />
            <button type="button" className="button" onClick={() => void copy()}>
              Copy document
            </button>
            {mine && draft && !editing ? (
              <>
                <button type="button" className="button" onClick={() => setEditing(doc.sections.map((s) => s.text))}>
                  Edit
                </button>
                <button type="button" className="button button--primary" onClick={() => setDialog('sign')}>
                  Sign document
                </button>
              </>
            ) : null}
            {mine && !draft && !saved.enteredInErrorAt ? (
              <button type="button" className="button button--danger-quiet" onClick={() => setDialog('error')}>
                Mark entered in error
              </button>
            ) : null}
          </div>
        }
      />
      <ErrorBanner message={error} />
      {mine ? (
        <p>
          <a href={`#/clients/${encodeURIComponent(saved.clientId)}`}>Back to the client</a>
        </p>
      ) : null}
      {!draft ? (
        <div className="signed-banner" role="status">
          <span className="signed-banner__seal" aria-hidden="true">
            ✓
          </span>
          <div>
            <p className="signed-banner__who">
              Signed by {saved.signedBy?.name}, {saved.signedBy?.credentials}
            </p>
            <p className="signed-banner__when">{formatDateTime(saved.signedAt)} · This document is locked.</p>
            {saved.enteredInErrorAt ? (
              <p className="signed-banner__cosign">
                Marked entered in error on {formatDateTime(saved.enteredInErrorAt)}: {saved.enteredInErrorReason}
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
      <section className="panel stack">
        {editing ? (
          <SectionEditor sections={doc.sections} texts={editing} onChange={setEditing} onSave={(texts) => void saveEdits(texts)} onCancel={() => setEditing(null)} />
        ) : (
          <WrittenDocument doc={doc} showTitle={false} />
        )}
      </section>
      {mine && draft && !editing ? (
        <div className="danger-zone row">
          <button type="button" className="button button--danger-quiet" onClick={() => void remove()}>
            Delete draft
          </button>
        </div>
      ) : null}
      {dialog === 'sign' || (dialog === 'busy' && draft) ? (
        <SignDialog
          noun="document"
          user={user}
          openWarnings={doc.warnings.map((w) => w.message)}
          promptSections={prompts}
          busy={dialog === 'busy'}
          onSign={() => {
            setDialog('busy');
            void act(() => api.post(`${path}/sign`), 'Document signed.');
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'error' || (dialog === 'busy' && !draft) ? (
        <EnteredInErrorDialog
          noun="document"
          busy={dialog === 'busy'}
          onMark={(reason) => {
            setDialog('busy');
            void act(() => api.post(`${path}/entered-in-error`, { reason }), 'Marked entered in error.');
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
