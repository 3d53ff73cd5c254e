// Settings › Dictation: the clinician's own transcription service (an OpenAI-compatible
// /v1/audio/transcriptions endpoint) and the key it may ask for (stored sealed, never shown
// again), saved on their own. An address outside this machine and its
// private network is saved only after the clinician confirms what will be sent there (the server
// decides which addresses those are, and asks).
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { TTranscriptionSettings, TTranscriptionSettingsResponse } from '../../../src/transcription/transcription.schema.ts';
import { ApiError, describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { useToast } from '../ui/toast.tsx';

type TranscriptionSettings = TTranscriptionSettings;
type TranscriptionAnswer = TTranscriptionSettingsResponse;

/** `onSaved`: the data-flow statement names the service, so it is written again. */
export function DictationSettingsPanel({ onSaved }: { onSaved?: () => void } = {}): ReactNode {
  const toast = useToast();
  const [value, setValue] = useState<TranscriptionSettings>({ baseUrl: '', model: '', allowRemote: false });
  const [saved, setSaved] = useState<TranscriptionAnswer | null>(null);
  const [askRemote, setAskRemote] = useState(false);
  // A new key to store; empty keeps the stored one.
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.get<TranscriptionAnswer>('/api/settings/transcription').then(
      (answer) => {
        setSaved(answer);
        if (answer.transcription) {
          setValue(answer.transcription);
          setAskRemote(answer.transcription.allowRemote);
        }
      },
      (e) => setError(describeError(e)),
    );
  }, []);

  async function save(transcription: TranscriptionSettings | null, key?: string | null): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.put<TranscriptionAnswer>('/api/settings/transcription', { transcription, ...(key !== undefined ? { apiKey: key } : {}) });
      setSaved(answer);
      setApiKey('');
      onSaved?.();
      if (!answer.transcription) {
        setValue({ baseUrl: '', model: '', allowRemote: false });
        setAskRemote(false);
      }
      toast(!transcription ? 'Transcription service removed' : key === null ? 'Transcription key removed' : 'Transcription service saved');
    } catch (e) {
      if (e instanceof ApiError && e.field === 'body.transcription.allowRemote') setAskRemote(true);
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    void save(value, apiKey.trim() ? apiKey.trim() : undefined);
  }

  return (
    <form className="panel stack" aria-labelledby="s-dictation" onSubmit={submit}>
      <h2 className="panel__title" id="s-dictation">
        Dictation
      </h2>
      <p className="muted small">
        Dictating your summary uses your browser's speech recognition when it runs on this device. Otherwise, a transcription service you run (an
        OpenAI-compatible <code>/v1/audio/transcriptions</code> endpoint, such as faster-whisper-server or whisper.cpp's server) can transcribe it:
        the audio goes from your browser to Afterword's server in memory, on to that service, and is wiped. It is never stored or logged.
      </p>
      {saved?.whisperProblem ? <p className="banner banner--warn">{saved.whisperProblem}</p> : null}
      {saved?.localModel ? (
        <p className="small">
          This server runs the Whisper model <strong>{saved.localModel}</strong>: with no service set below, a dictation recorded here is transcribed on it and
          goes nowhere else.
        </p>
      ) : null}
      <ErrorBanner message={error} />
      <div className="grid-2">
        <FormField label="Service address (base URL)" hint="For example http://127.0.0.1:8000/v1">
          <input type="url" required value={value.baseUrl} onChange={(e) => setValue({ ...value, baseUrl: e.target.value })} />
        </FormField>
        <FormField label="Model" hint="The model name the service expects, such as whisper-1.">
          <input required value={value.model} onChange={(e) => setValue({ ...value, model: e.target.value })} />
        </FormField>
        <FormField label="Key" hint={saved?.hasKey ? 'A key is stored (encrypted). Type a new one to replace it.' : 'Only if your service asks for one. Stored encrypted; never shown again.'}>
          <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
        </FormField>
      </div>
      {askRemote ? (
        <label className="check-line">
          <input type="checkbox" checked={value.allowRemote} onChange={(e) => setValue({ ...value, allowRemote: e.target.checked })} />
          Send my dictated audio, which may name clients and others, to this address outside this machine and its network
        </label>
      ) : null}
      <div className="row row--end">
        {saved?.transcription && saved.hasKey ? (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => void save(saved.transcription, null)}>
            Remove key
          </button>
        ) : null}
        {saved?.transcription ? (
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => void save(null)}>
            Remove service
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save dictation settings'}
        </button>
      </div>
    </form>
  );
}
