// Templates: the starters and your own templates on the left; the chosen one in the editor, with
// import and export as JSON files, saving, and writing a document from it on the right.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { TTemplate } from '../../../src/documents/template.schema.ts';
import type { TSavedTemplate, TTemplatesResponse } from '../../../src/server/documents/documents.schema.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useToast } from '../ui/toast.tsx';
import { DocumentPanel } from './document-panel.tsx';
import { TemplateEditor } from './template-editor.tsx';
import { exportTemplate, readTemplateFile, templateProblem } from './template-file.ts';
import './templates.css';

const BLANK: TTemplate = { title: 'New template', sections: [{ title: 'Summary', purpose: ['report', 'observation', 'intervention', 'response'] }, { title: 'Plan', purpose: ['plan', 'homework'] }] };

/** What is open in the editor: a starter (saved as a copy), a saved template, or a new one. */
type Open = { savedId: string | null; template: TTemplate };

export function TemplatesPage(): ReactNode {
  const [list, setList] = useState<TTemplatesResponse | null>(null);
  const [open, setOpen] = useState<Open>({ savedId: null, template: BLANK });
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const toast = useToast();

  const load = useCallback(async (): Promise<void> => setList(await api.get<TTemplatesResponse>('/api/templates')), []);
  useEffect(() => {
    load().catch((e: unknown) => setError(describeError(e)));
  }, [load]);

  async function save(): Promise<void> {
    setError(null);
    try {
      const body = { template: open.template };
      const saved = open.savedId ? await api.put<{ template: TSavedTemplate }>(`/api/templates/${encodeURIComponent(open.savedId)}`, body) : await api.post<{ template: TSavedTemplate }>('/api/templates', body);
      setOpen({ savedId: saved.template.id, template: saved.template.template });
      toast('Template saved.');
      await load();
    } catch (e) {
      setError(describeError(e));
    }
  }

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const read = await readTemplateFile(file);
    if ('error' in read) setError(read.error);
    else {
      setError(null);
      setOpen({ savedId: null, template: read.template });
      toast('Template imported: save it to keep it.');
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  const valid = templateProblem(open.template) === null;
  return (
    <div className="page">
      <PageHeader
        title="Templates"
        lead="Documents from your own templates: each section says what fills it from your summary. Nothing is added that your summary does not say."
        actions={
          <>
            <button type="button" className="button" onClick={() => setOpen({ savedId: null, template: BLANK })}>
              New template
            </button>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Import JSON
            </button>
            <input ref={fileInput} type="file" accept="application/json,.json" className="visually-hidden" aria-label="Template file to import" onChange={(e) => void importFile(e.target.files?.[0])} />
          </>
        }
      />
      <ErrorBanner message={error} />
      <div className="split">
        <nav className="split__list stack" aria-label="Templates">
          <h2 className="subhead">Starters</h2>
          <ul className="plain-list">
            {list?.starters.map((s) => (
              <li key={s.id}>
                <button type="button" className="link-button" onClick={() => setOpen({ savedId: null, template: s.template })}>
                  {s.template.title}
                </button>
              </li>
            ))}
          </ul>
          <h2 className="subhead">Your templates</h2>
          {list && !list.templates.length ? <p className="muted small">None yet: start from a starter or a new template, then save.</p> : null}
          <ul className="plain-list">
            {list?.templates.map((t) => (
              <li key={t.id}>
                <button type="button" className="link-button" aria-current={open.savedId === t.id ? 'true' : undefined} onClick={() => setOpen({ savedId: t.id, template: t.template })}>
                  {t.template.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="split__detail stack">
          <TemplateEditor template={open.template} onChange={(template) => setOpen({ ...open, template })} />
          <div className="row">
            <button type="button" className="button button--primary" disabled={!valid} onClick={() => void save()}>
              {open.savedId ? 'Save changes' : 'Save as my template'}
            </button>
            <button type="button" className="button" disabled={!valid} onClick={() => exportTemplate(open.template)}>
              Export JSON
            </button>
          </div>
          <DocumentPanel template={open.template} valid={valid} />
        </div>
      </div>
    </div>
  );
}
