// The ways to dictate this browser and this clinician have: on the device (or its download), the
// clinician's own transcription service or else the speech model the server runs, and the others,
// named when they are not on offer here.
import type { ReactNode } from 'react';
import type { OnDeviceStatus } from './on-device-recognition.ts';

interface DictationWaysProps {
  device: OnDeviceStatus;
  serviceHost: string | null;
  /** The folder name of the Whisper model the server runs (used when there is no service). */
  localModel: string | null;
  /** After one dictation, the first button offers more. */
  again: boolean;
  onStartDevice: () => void;
  onInstall: () => void;
  onCheckAgain: () => void;
  onStartServer: () => void;
}

export function DictationWays({ device, serviceHost, localModel, again, onStartDevice, onInstall, onCheckAgain, onStartServer }: DictationWaysProps): ReactNode {
  const deviceOffered = device === 'available' || device === 'downloadable' || device === 'downloading';
  return (
    <div className="stack">
      {device === 'available' ? (
        <div className="dictation__way">
          <button type="button" className="button button--primary" onClick={onStartDevice}>
            {again ? 'Dictate more' : 'Start dictating'}
          </button>
          <p className="small muted">Recognised by this browser on this device: your voice does not leave it.</p>
        </div>
      ) : device === 'downloadable' ? (
        <div className="dictation__way">
          <button type="button" className="button" onClick={onInstall}>
            Download speech recognition to this device
          </button>
          <p className="small muted">This browser can recognise speech on this device once it has downloaded its language files (once).</p>
        </div>
      ) : device === 'downloading' ? (
        <div className="dictation__way">
          <button type="button" className="button" onClick={onCheckAgain}>
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
          <button type="button" className="button" onClick={onStartServer}>
            Record for your transcription service
          </button>
          <p className="small muted">Sent through Afterword's server to {serviceHost} (Settings › Dictation), transcribed, and wiped; never stored.</p>
        </div>
      ) : localModel ? (
        <div className="dictation__way">
          <button type="button" className="button" onClick={onStartServer}>
            Record for Afterword's speech model
          </button>
          <p className="small muted">Transcribed by the Whisper model {localModel} on the computer that runs Afterword, and wiped; sent nowhere, never stored.</p>
        </div>
      ) : null}
      <ul className="small dictation__others">
        {!serviceHost && !localModel ? (
          <li>
            Use a transcription service you run: set it up in <a href="#/settings">Settings › Dictation</a>.
          </li>
        ) : null}
        {!deviceOffered ? <li>A browser that recognises speech on the device (a recent Chrome, for example).</li> : null}
        <li>Type the summary in the Text box.</li>
      </ul>
    </div>
  );
}
