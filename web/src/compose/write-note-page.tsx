// Write a note: choose a client and a format, set the session's date and time, give a typed
// post-session summary and/or the worksheet, then generate. The draft is stored and opened for review.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Document, FormatKey, Note, Style, Worksheet } from '../api/types.ts';
import { navigate } from '../app/use-hash-route.ts';
import { useClients } from '../clients/use-clients.ts';
import type { PlanProgressItem } from '../plans/plan-goals-picker.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { WorksheetForm } from '../worksheet/worksheet-form.tsx';
import { compactWorksheet, countWorksheetItems } from '../worksheet/worksheet-state.ts';
import { ClientSelect } from './client-select.tsx';
import { checkWorksheet } from './check-worksheet.ts';
import { cutSummary } from './cut-summary.ts';
import { FormatPicker } from './format-picker.tsx';
import { GenerateCard } from './generate-card.tsx';
import { InputTabs } from './input-tabs.tsx';
import { keepPendingInput, pendingInputFor } from './pending-input.ts';
import { SessionFields } from './session-fields.tsx';
import { SummaryField } from './summary-field.tsx';
import { useSessionDate } from './use-session-date.ts';
import { useSettings } from './use-settings.ts';
import { WriteContextPanel } from './write-context-panel.tsx';

const SUMMARY_LIMIT = 20_000;

export function WriteNotePage({ initialClientId }: { initialClientId?: string | undefined }): ReactNode {
  const { clients } = useClients();
  const settings = useSettings();
  const restored = pendingInputFor(initialClientId);
  const [clientId, setClientId] = useState(initialClientId ?? restored?.clientId ?? '');
  const [format, setFormat] = useState<FormatKey>(restored?.format ?? 'soap');
  const [formatTouched, setFormatTouched] = useState(Boolean(restored?.format));
  const [tab, setTab] = useState('text');
  const [summary, setSummary] = useState(restored?.summary ?? '');
  const [worksheet, setWorksheet] = useState<Worksheet>(restored?.worksheet ?? {});
  const { session, dateSource, dateSetByClinician, change: changeSession, reset: resetSession } = useSessionDate(summary, restored);
  const [useContext, setUseContext] = useState(true);
  const [busy, setBusy] = useState<null | 'compose' | 'save'>(null);
  const [error, setError] = useState<string | null>(null);

  const client = clients?.find((c) => c.id === clientId);
  // The plan goals ticked for this session belong to the client they were ticked for.
  const [planProgress, setPlanProgress] = useState<PlanProgressItem[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new client starts with nothing ticked
  useEffect(() => setPlanProgress([]), [clientId]);

  // The client's preferred format, else the clinician's default, until the clinician picks one.
  useEffect(() => {
    if (formatTouched) return;
    setFormat(client?.preferredFormat ?? settings?.defaultFormat ?? 'soap');
  }, [client, settings, formatTouched]);

  // A longer summary stays in the box in full; the note is written from its start, and the page
  // says before generating what is left out (no silent cut by the text box's own limit).
  const cut = useMemo(() => cutSummary(summary, SUMMARY_LIMIT), [summary]);
  const sentSummary = cut ? cut.kept : summary;
  const worksheetCount = countWorksheetItems(worksheet);
  const hasInput = summary.trim().length > 0 || worksheetCount > 0;

  // Keep the unsent input in memory, and ask before the tab is closed with it.
  useEffect(() => {
    keepPendingInput(hasInput ? { clientId, format: formatTouched ? format : null, summary, worksheet, session, dateSetByClinician } : null);
  }, [hasInput, clientId, format, formatTouched, summary, worksheet, session, dateSetByClinician]);
  // A layout effect: the guard is in place as the page shows the unsaved text, not a frame later.
  useLayoutEffect(() => {
    if (!hasInput) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasInput]);

  async function generate(event: FormEvent): Promise<void> {
    event.preventDefault();
    setError(null);
    // The session's date and time travel in the worksheet's own session fields.
    const ws = compactWorksheet({ ...worksheet, ...session });
    const wsGiven = Object.keys(ws).length > 0;
    const problem = wsGiven ? await checkWorksheet(ws) : null;
    if (problem) {
      if (!problem.inSession) setTab('worksheet');
      return setError(problem.message);
    }
    const style: Style = { ...(settings?.style ?? {}), ...(client?.pronouns ? { pronouns: client.pronouns } : {}) };
    const body = {
      format,
      style,
      ...(sentSummary.trim() ? { summary: sentSummary } : {}),
      ...(wsGiven ? { worksheet: ws } : {}),
    };
    try {
      setBusy('compose');
      const document = await api.post<Document>('/api/compose', {
        ...body,
        ...(clientId && useContext ? { clientId } : {}),
        ...(clientId && planProgress.length ? { planProgress: { clientId, items: planProgress } } : {}),
      });
      setBusy('save');
      const { note } = await api.post<{ note: Note }>('/api/notes', {
        ...(clientId ? { clientId } : {}),
        format,
        ...(sentSummary.trim() ? { summary: sentSummary } : {}),
        ...(wsGiven ? { worksheet: ws } : {}),
        document,
      });
      keepPendingInput(null);
      setSummary('');
      setWorksheet({});
      resetSession();
      navigate(`/notes/${note.id}`);
    } catch (e) {
      // Everything typed stays in this page's state; nothing is lost.
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <form className="page" onSubmit={generate}>
      <PageHeader title="Write a note" lead="From your own words after the session. Afterword never records sessions." />
      <ErrorBanner message={error} />
      <div className="write">
        <div className="write__main stack">
          <div className="panel stack">
            <div className="grid-2 grid-2--wide-left">
              <ClientSelect clients={clients} value={clientId} onChange={setClientId} />
            </div>
            <FormatPicker
              value={format}
              onChange={(f) => {
                setFormat(f);
                setFormatTouched(true);
              }}
            />
          </div>

          <div className="panel">
            <SessionFields
              value={session}
              dateSource={dateSource}
              onChange={changeSession}
            />
          </div>

          <div className="panel panel--flush">
            <InputTabs
              label="Input"
              active={tab}
              onChange={setTab}
              tabs={[
                {
                  key: 'text',
                  label: (
                    <>
                      Text{summary.trim() ? <span className="count">✓</span> : null}
                    </>
                  ),
                  panel: <SummaryField summary={summary} onChange={setSummary} limit={SUMMARY_LIMIT} cut={cut} />,
                },
                {
                  key: 'worksheet',
                  label: (
                    <>
                      Worksheet{worksheetCount > 0 ? <span className="count">{worksheetCount}</span> : null}
                    </>
                  ),
                  panel: <WorksheetForm value={worksheet} onChange={setWorksheet} />,
                },
              ]}
            />
          </div>
        </div>

        <aside className="write__aside stack" aria-label="Context">
          <WriteContextPanel client={client} planProgress={planProgress} onPlanProgress={setPlanProgress} useContext={useContext} onUseContext={setUseContext} />
          <GenerateCard disabled={!hasInput || busy !== null} busy={busy} cut={cut} />
        </aside>
      </div>
    </form>
  );
}
