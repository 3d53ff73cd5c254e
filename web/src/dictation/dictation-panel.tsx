// Dictating the post-session summary: on this device through the browser's own speech
// recognition when it promises to stay on the device, or through the clinician's transcription
// service (Settings › Dictation) when one is configured. Never anything else: a browser that can
// only recognise speech online is told so, and the other ways are offered. Capped at 5 minutes;
// interim words show as they are recognised; the final text goes into the Text box, for the
// clinician to read before generating. The state and its moves are in use-dictation.ts.
import type { ReactNode } from 'react';
import { DICTATION_MAX_SECONDS } from '../../../src/transcription/transcription.schema.ts';
import { DictationWays } from './dictation-ways.tsx';
import { useDictation } from './use-dictation.ts';
import './dictation.css';

function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function DictationPanel({ onTranscript, onClose }: { onTranscript: (text: string) => void; onClose: () => void }): ReactNode {
  const { phase, device, serviceHost, localModel, finalText, interim, elapsed, message, busy, startDevice, install, checkAgain, startServer, finish, cancel } =
    useDictation(onTranscript);

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
            {phase.via === 'device' ? 'Listening (on this device)' : `Recording for ${serviceHost ?? (localModel ? "Afterword's speech model" : 'your service')}`}{' '}
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
            Transcribing on {serviceHost ?? "Afterword's server"}…
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
        <DictationWays
          device={device}
          serviceHost={serviceHost}
          localModel={localModel}
          again={phase.kind === 'done'}
          onStartDevice={startDevice}
          onInstall={() => void install()}
          onCheckAgain={checkAgain}
          onStartServer={() => void startServer()}
        />
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
