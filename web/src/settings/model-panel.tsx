// Your own model: off by default. An address outside this computer and your network is saved
// only after the clinician reads what will be sent and confirms it.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { TModelSettings } from '../../../src/server/model/model.schema.ts';
import { ApiError } from '../api/api-error.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { useToast } from '../ui/toast.tsx';

const REACH_TEXT = { loopback: 'on this computer', private: 'on your private network', outside: 'outside this computer and your network' } as const;

export function ModelPanel({ onSaved }: { onSaved: () => void }): ReactNode {
  const toast = useToast();
  const [current, setCurrent] = useState<TModelSettings | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [baseUrl, setBaseUrl] = useState('');
  const [model, setModel] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [stream, setStream] = useState(true);
  const [timeoutSeconds, setTimeoutSeconds] = useState(60);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The form appears once the saved settings have arrived: a tick or an address typed before would be overwritten by them.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    api.get<{ model: TModelSettings }>('/api/settings/model').then(
      ({ model: m }) => {
        setCurrent(m);
        setEnabled(m.enabled);
        setBaseUrl(m.baseUrl ?? '');
        setModel(m.model ?? '');
        setStream(m.stream);
        setTimeoutSeconds(m.timeoutSeconds);
        setLoaded(true);
      },
      (e) => {
        setError(describeError(e));
        setLoaded(true);
      },
    );
  }, []);

  async function save(confirmOutside: boolean): Promise<void> {
    setError(null);
    try {
      const body = { enabled, baseUrl: baseUrl.trim() || null, model: model.trim() || null, stream, timeoutSeconds, ...(apiKey ? { apiKey } : {}), ...(confirmOutside ? { confirmOutside } : {}) };
      const { model: saved } = await api.put<{ model: TModelSettings }>('/api/settings/model', body);
      setCurrent(saved);
      setApiKey('');
      setConfirming(null);
      toast('Model settings saved');
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.field === 'confirmOutside') setConfirming(current?.outsideNotice ?? e.message);
      else setError(describeError(e));
    }
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    void save(false);
  }

  return (
    <section className="panel stack" aria-labelledby="s-model">
      <h2 className="panel__title" id="s-model">
        Your own model
      </h2>
      <p className="muted small">
        Afterword writes notes without any language model. If you run one (Ollama, llama.cpp, LM Studio, vLLM, or a service under a BAA), it can reword a draft: only the narrative
        sections are sent, with names, dates and contact details replaced by placeholders, and its reply is kept only if it adds no fact.
      </p>
      <ErrorBanner message={error} />
      {loaded ? (
      <form className="stack" aria-label="Your own model" onSubmit={submit}>
        <label className="row">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Polish drafts with my model
        </label>
        <div className="grid-2">
          <FormField label="Model address" hint="The API root, such as http://127.0.0.1:11434/v1">
            <input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} inputMode="url" />
          </FormField>
          <FormField label="Model name" hint="As your server calls it, such as llama3.1">
            <input value={model} onChange={(e) => setModel(e.target.value)} />
          </FormField>
          <FormField label="Key" hint={current?.hasKey ? 'A key is stored (encrypted). Type a new one to replace it.' : 'Only if your server asks for one. Stored encrypted.'}>
            <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
          </FormField>
          <FormField label="Time limit (seconds)">
            <input type="number" min={5} max={600} value={timeoutSeconds} onChange={(e) => setTimeoutSeconds(Number(e.target.value))} />
          </FormField>
        </div>
        <label className="row">
          <input type="checkbox" checked={stream} onChange={(e) => setStream(e.target.checked)} /> Stream the reply
        </label>
        {current?.reach ? <p className="muted small">Saved address: {REACH_TEXT[current.reach]}.</p> : null}
        {confirming ? (
          <div className="panel stack" role="alertdialog" aria-label="Confirm an outside model">
            <p>{confirming}</p>
            <div className="row">
              <button type="button" className="button button--primary" onClick={() => void save(true)}>
                Send redacted sections to this address
              </button>
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        <div className="row row--end">
          <button type="submit" className="button">
            Save model settings
          </button>
        </div>
      </form>
      ) : (
        <p className="muted small" role="status">
          Loading your model settings…
        </p>
      )}
    </section>
  );
}
