// The dictation's state and its moves: what this browser and the clinician's service offer, the
// timer and its hard cap, start (on the device, or recorded for the service), stop, and cancel.
// Whatever happens, nothing said is kept anywhere but the Text box, and only after Stop.
import { useEffect, useRef, useState } from 'react';
import { DICTATION_MAX_SECONDS } from '../../../src/transcription/transcription.schema.ts';
import { checkDictationWays } from './check-dictation-ways.ts';
import { checkOnDevice, installOnDevice, type OnDeviceSession, type OnDeviceStatus, startOnDevice } from './on-device-recognition.ts';
import type { Phase } from './dictation-phase.ts';
import { type Recording, startRecording } from './record-dictation.ts';
import { LANG, SPEECH_ERRORS } from './speech-words.ts';
import { sendDictation } from './send-dictation.ts';

export interface Dictation {
  phase: Phase;
  device: OnDeviceStatus;
  serviceHost: string | null;
  /** The Whisper model the server runs, when the clinician has no service of their own. */
  localModel: string | null;
  finalText: string;
  interim: string;
  elapsed: number;
  message: string | null;
  /** Listening, sending or installing: closing the panel cancels it. */
  busy: boolean;
  startDevice: () => void;
  install: () => Promise<void>;
  /** Asks the browser again whether its download of on-device recognition has finished. */
  checkAgain: () => void;
  startServer: () => Promise<void>;
  finish: () => void;
  cancel: () => void;
}

export function useDictation(onTranscript: (text: string) => void): Dictation {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [device, setDevice] = useState<OnDeviceStatus>('unsupported');
  const [{ serviceHost, localModel }, setServer] = useState<{ serviceHost: string | null; localModel: string | null }>({ serviceHost: null, localModel: null });
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
    void checkDictationWays().then((ways) => {
      if (!live) return;
      setDevice(ways.device);
      setServer(ways);
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

  /** A new dictation starts with no message and no words. */
  function begin(): void {
    setMessage(null);
    setFinalText('');
    setInterim('');
    capped.current = false;
  }

  function startDevice(): void {
    begin();
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
    begin();
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
  const checkAgain = (): void => void checkOnDevice(LANG).then(setDevice);
  return { phase, device, serviceHost, localModel, finalText, interim, elapsed, message, busy, startDevice, install, checkAgain, startServer, finish, cancel };
}
