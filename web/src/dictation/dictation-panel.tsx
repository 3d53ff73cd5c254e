// Dictating the post-session summary: on this device through the browser's own speech
// recognition when it promises to stay on the device, or through the clinician's transcription
// service (Settings › Dictation) when one is configured. Never anything else: a browser that can
// only recognise speech online is told so, and the other ways are offered. Capped at 5 minutes;
// interim words show as they are recognised; the final text goes into the Text box, for the
// clinician to read before generating.
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { DICTATION_MAX_SECONDS } from '../../../src/transcription/transcription.schema.ts';
import { api } from '../api/request.ts';
import { checkOnDevice, installOnDevice, type OnDeviceSession, type OnDeviceStatus, startOnDevice } from './on-device-recognition.ts';
import { type Recording, startRecording } from './record-dictation.ts';
import { sendDictation } from './send-dictation.ts';
import './dictation.css';

type Phase =
  | { kind: 'checking' }
  | { kind: 'idle' }
  | { kind: 'installing' }
  | { kind: 'listening'; via: 'device' | 'server'; startedAt: number }
  | { kind: 'sending' }
  | { kind: 'done'; words: number; capped: boolean };

/** The language to recognise: the browser's own when it is a form of English, else US English. */
const LANG = typeof navigator !== 'undefined' && /^en(-|$)/i.test(navigator.language) ? navigator.language : 'en-US';

/** Messages for the Web Speech API's error codes (the specification's list). */
const SPEECH_ERRORS: Record<string, string> = {
  'not-allowed': 'The browser was not allowed to use the microphone. Allow it in the address bar, then start again.',
  'service-not-allowed': 'The browser does not allow speech recognition here. Type the summary, or use your transcription service.',
  'audio-capture': 'No microphone was found. Connect one, then start again.',
  'no-speech': 'No speech was heard. Check the microphone, then start again.',
  'language-not-supported': 'This browser cannot recognise this language on this device. Type the summary, or use your transcription service.',
  network: 'Speech recognition stopped. Nothing was sent anywhere; start again, or type the summary.',
};

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function DictationPanel({ onTranscript, onClose }: { onTranscript: (text: string) => void; onClose: () => void }): ReactNode {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [device, setDevice] = useState<OnDeviceStatus>('unsupported');
  const [serviceHost, setServiceHost] = useState<string | null>(null);
  const [finalText, setFinalText] = useState('');
  const [interim, setInterim] = useState('');
  const [elapsed, setElapsed] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const session = useRef<OnDeviceSession | null>(null);
  const recording = useRef<Recording | null>(null);
  const upload = useRef<AbortController | null>(null);
  const capped = useRef(false);
  /** Set by Cancel: the recognition's closing events deliver nothing. */
  const cancelled = useRef(false);

  // What is on offer: the browser's on-device recognition, and the clinician's own service.
  useEffect(() => {
    let live = true;
    Promise.all([
      checkOnDevice(LANG),
      api.get<{ transcription: { baseUrl: string } | null }>('/api/settings/transcription').then(
        (r) => (r.transcription ? new URL(r.transcription.baseUrl).host : null),
        () => null,
      ),
    ]).then(([status, host]) => {
      if (!live) return;
      setDevice(status);
      setServiceHost(host);
      setPhase({ kind: 'idle' });
    });
    return () => {
      live = false;
    };
  }, []);

  // Leaving the page (or closing the panel) mid-dictation keeps nothing.
  useEffect(
    () => () => {
      session.current?.abort();
      recording.current?.discard();
      upload.current?.abort();
    },
    [],
  );

  // The timer and the hard cap.
  const listening = phase.kind === 'listening' ? phase : null;
  useEffect(() => {
    if (!listening) return;
    const tick = (): void => {
      const seconds = (Date.now() - listening.startedAt) / 1000;
      setElapsed(seconds);
      if (seconds >= DICTATION_MAX_SECONDS) {
        capped.current = true;
        finish();
      }
    };
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  });

  function deliver(text: string): void {
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words > 0) onTranscript(text);
    setPhase({ kind: 'done', words, capped: capped.current });
  }

  function startDevice(): void {
    setMessage(null);
    setFinalText('');
    setInterim('');
    capped.current = false;
    cancelled.current = false;
    let failed = false;
    try {
      session.current = startOnDevice(LANG, {
        onText(text, partial) {
          setFinalText(text);
          setInterim(partial);
        },
        onError(code) {
          if (code === 'aborted') return;
          failed = code !== 'no-speech';
          if (code === 'language-not-supported') setDevice('unavailable');
          setMessage(SPEECH_ERRORS[code] ?? 'Speech recognition stopped. Start again, or type the summary.');
        },
        onEnd(text) {
          session.current = null;
          setInterim('');
          if (cancelled.current) return;
          if (failed && !text) return setPhase({ kind: 'idle' });
          deliver(text);
        },
      });
      setPhase({ kind: 'listening', via: 'device', startedAt: Date.now() });
      setElapsed(0);
    } catch {
      setDevice('unsupported');
      setMessage('This browser cannot promise to recognise speech on this device, so Afterword will not use it.');
    }
  }

  async function install(): Promise<void> {
    setPhase({ kind: 'installing' });
    const installed = await installOnDevice(LANG);
    const status = await checkOnDevice(LANG);
    setDevice(status);
    setPhase({ kind: 'idle' });
    if (!installed && status !== 'available') setMessage('The browser did not download its speech recognition. Try again later, or use another way below.');
  }

  async function startServer(): Promise<void> {
    setMessage(null);
    setFinalText('');
    setInterim('');
    capped.current = false;
    try {
      recording.current = await startRecording();
      setPhase({ kind: 'listening', via: 'server', startedAt: Date.now() });
      setElapsed(0);
    } catch {
      setMessage(SPEECH_ERRORS['not-allowed'] ?? null);
    }
  }

  /** Stop (or the cap): keep what was said. */
  function finish(): void {
    if (session.current) {
      session.current.stop();
      return;
    }
    const rec = recording.current;
    if (!rec) return;
    recording.current = null;
    const wav = rec.finish();
    const controller = new AbortController();
    upload.current = controller;
    setPhase({ kind: 'sending' });
    sendDictation(wav, controller.signal).then(
      (text) => {
        upload.current = null;
        deliver(text.trim());
      },
      (error: Error) => {
        upload.current = null;
        if (controller.signal.aborted) return;
        setMessage(error.message);
        setPhase({ kind: 'idle' });
      },
    );
  }

  /** Cancel: nothing is kept, nothing goes into the summary. */
  function cancel(): void {
    cancelled.current = true;
    session.current?.abort();
    session.current = null;
    recording.current?.discard();
    recording.current = null;
    upload.current?.abort();
    upload.current = null;
    setFinalText('');
    setInterim('');
    setMessage('Cancelled. Nothing was kept.');
    setPhase({ kind: 'idle' });
  }

  const busy = phase.kind === 'listening' || phase.kind === 'sending' || phase.kind === 'installing';
  const deviceOffered = device === 'available' || device === 'downloadable' || device === 'downloading';

  return (
    <section className="dictation stack" aria-labelledby="dictation-title">
      <div className="dictation__head">
        <h3 className="dictation__title" id="dictation-title">
          Dictate your summary
        </h3>
        <span className="small muted">After the session, never during it · at most {DICTATION_MAX_SECONDS / 60} minutes</span>
      </div>

      {message ? (
        <p className="banner banner--warn" role="alert">
          {message}
        </p>
      ) : null}

      {phase.kind === 'checking' ? <p className="small muted">Checking how this browser recognises speech…</p> : null}

      {phase.kind === 'listening' ? (
        <div className="stack">
          <p className="dictation__timer" aria-live="off">
            <span className="dictation__dot" aria-hidden="true" />
            {phase.via === 'device' ? 'Listening (on this device)' : `Recording for ${serviceHost ?? 'your service'}`}{' '}
            <strong>{clock(elapsed)}</strong> / {clock(DICTATION_MAX_SECONDS)}
          </p>
          {phase.via === 'device' ? (
            <p className="dictation__live">
              <span className="visually-hidden">Recognised so far: </span>
              {finalText}
              {interim ? <span className="dictation__interim"> {interim}</span> : null}
              {!finalText && !interim ? <span className="muted">Start speaking; the words appear here.</span> : null}
            </p>
          ) : null}
          <div className="row">
            <button type="button" className="button button--primary" onClick={finish}>
              Stop and add to summary
            </button>
            <button type="button" className="button button--quiet" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {phase.kind === 'sending' ? (
        <div className="row">
          <p className="small" role="status">
            Transcribing on {serviceHost}…
          </p>
          <button type="button" className="button button--quiet" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : null}

      {phase.kind === 'installing' ? (
        <p className="small" role="status">
          The browser is downloading its speech recognition for this device…
        </p>
      ) : null}

      {phase.kind === 'done' ? (
        <p className="banner banner--ok" role="status">
          {phase.capped ? `Stopped at the ${DICTATION_MAX_SECONDS / 60}-minute limit. ` : ''}
          {phase.words > 0
            ? `Added ${phase.words} word${phase.words === 1 ? '' : 's'} to the Text box. Read them there before you generate.`
            : 'Nothing was recognised, so nothing was added.'}
        </p>
      ) : null}

      {phase.kind === 'idle' || phase.kind === 'done' ? (
        <div className="stack">
          {device === 'available' ? (
            <div className="dictation__way">
              <button type="button" className="button button--primary" onClick={startDevice}>
                {phase.kind === 'done' ? 'Dictate more' : 'Start dictating'}
              </button>
              <p className="small muted">Recognised by this browser on this device: your voice does not leave it.</p>
            </div>
          ) : device === 'downloadable' ? (
            <div className="dictation__way">
              <button type="button" className="button" onClick={install}>
                Download speech recognition to this device
              </button>
              <p className="small muted">This browser can recognise speech on this device once it has downloaded its language files (once).</p>
            </div>
          ) : device === 'downloading' ? (
            <div className="dictation__way">
              <button type="button" className="button" onClick={() => checkOnDevice(LANG).then(setDevice)}>
                Check again
              </button>
              <p className="small muted">The browser is still downloading its speech recognition for this device.</p>
            </div>
          ) : (
            <p className="small" id="dictation-not-local">
              <strong>This browser cannot promise to recognise speech on this device</strong>, so Afterword does not use its speech recognition
              (it could send your voice to an online service). Other ways:
            </p>
          )}
          {serviceHost ? (
            <div className="dictation__way">
              <button type="button" className="button" onClick={startServer}>
                Record for your transcription service
              </button>
              <p className="small muted">
                Sent through Afterword's server to {serviceHost} (Settings › Dictation), transcribed, and wiped; never stored.
              </p>
            </div>
          ) : null}
          <ul className="small dictation__others">
            {!serviceHost ? (
              <li>
                Use a transcription service you run: set it up in <a href="#/settings">Settings › Dictation</a>.
              </li>
            ) : null}
            {!deviceOffered ? <li>A browser that recognises speech on the device (a recent Chrome, for example).</li> : null}
            <li>Type the summary in the Text box.</li>
          </ul>
        </div>
      ) : null}

      <div>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            if (busy) cancel();
            onClose();
          }}
        >
          Close dictation
        </button>
      </div>
    </section>
  );
}
