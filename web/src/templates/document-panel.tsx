// Writing a document from the template being edited: a summary (a sample for a preview, or the
// session's), an optional client whose profile the composer may use and with whom it is saved.
// Fixed text, sentences from the summary and prompts are told apart; warnings are listed.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { TTemplateDocument } from '../../../src/documents/template-document.schema.ts';
import type { TTemplate } from '../../../src/documents/template.schema.ts';
import type { TClientDocument } from '../../../src/server/documents/documents.schema.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import { useClients } from '../clients/use-clients.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { useToast } from '../ui/toast.tsx';

const SAMPLE_SUMMARY =
  '50 min indiv video, client at home. pt reports panic attacks down to 2 this wk, sleeping better. PHQ-9 12 (was 16). practiced paced breathing, cognitive restructuring re work fears. pt engaged, able to identify 2 thoughts. denies SI/HI. HW: thought record daily. plan: f/u 1 wk.';

export function DocumentPanel({ template, valid }: { template: TTemplate; valid: boolean }): ReactNode {
  const { clients } = useClients();
  const [summary, setSummary] = useState(SAMPLE_SUMMARY);
  const [clientId, setClientId] = useState('');
  const [doc, setDoc] = useState<TTemplateDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const toast = useToast();

  async function write(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      setSavedId(null);
      setDoc(await api.post<TTemplateDocument>('/api/documents/compose', { template, summary, ...(clientId ? { clientId } : {}), date: new Date().toLocaleDateString('en-US', { dateStyle: 'long' }) }));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  async function save(): Promise<void> {
    if (!doc || !clientId) return;
    try {
      const saved = await api.post<{ document: TClientDocument }>(`/api/clients/${encodeURIComponent(clientId)}/documents`, { document: doc, templateTitle: template.title });
      setSavedId(saved.document.id);
      toast('Document saved with the client as a draft.');
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <section className="panel stack" aria-labelledby="doc-title">
      <h2 className="panel__title" id="doc-title">
        Write a document from this template
      </h2>
      <FormField label="Summary" hint="A sample is filled in for a preview; replace it with your post-session summary.">
        <textarea rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </FormField>
      <FormField label="Client (optional)" hint="Uses the client's pronouns and diagnoses on file, and lets you save the document with the client.">
        <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
          <option value="">No client</option>
          {(clients ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
        </select>
      </FormField>
      <ErrorBanner message={error} />
      <div className="row">
        <button type="button" className="button button--primary" disabled={busy || !valid || !summary.trim()} onClick={() => void write()}>
          {busy ? 'Writing…' : 'Write document'}
        </button>
        {doc && clientId && !savedId ? (
          <button type="button" className="button" onClick={() => void save()}>
            Save with client
          </button>
        ) : null}
        {savedId ? (
          <a className="button" href={`#/documents/${encodeURIComponent(savedId)}`}>
            Open the saved document
          </a>
        ) : null}
      </div>
      {doc ? <WrittenDocument doc={doc} /> : null}
    </section>
  );
}

/** A written document: fixed text, sentences from the summary, the clinician's edits and prompts told apart; its warnings listed. */
export function WrittenDocument({ doc, showTitle = true }: { doc: TTemplateDocument; /** Off where the page's own heading is the title. */ showTitle?: boolean }): ReactNode {
  return (
    <article className="note written-document" aria-label="Written document">
      {showTitle ? <h3>{doc.title}</h3> : null}
      {doc.sections.map((s) => (
        <section key={s.key} className="note-section">
          <h4 className="note-section__title">{s.title}</h4>
          <p className="note-section__text prewrap">
            {s.sentences.map((x, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sentences are shown in order and never reordered here
              <span key={i} className={x.fixed ? 'sentence sentence--fixed' : x.source.length || x.edited ? 'sentence' : 'sentence sentence--prompt'} title={x.fixed ? 'Fixed text of the template' : x.edited ? 'Your edit' : x.source.length ? 'From your summary' : 'For you to complete'}>
                {i > 0 ? (x.fixed || x.text.startsWith('[') || s.sentences[i - 1]!.fixed ? '\n' : ' ') : ''}
                {x.text}
              </span>
            ))}
          </p>
        </section>
      ))}
      {doc.warnings.length ? (
        <ul className="warnings__list" aria-label="Warnings">
          {doc.warnings.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id
            <li key={i} className="warning">
              {w.message}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
