// The browser's speech recognition, used only when it promises to run on this device (Web Speech
// API: `processLocally = true`, after `SpeechRecognition.available({langs, processLocally: true})`
// says the language is there). A browser without those parts may send the voice to an online
// service, so it is reported as 'unsupported' and never started.

/** What the browser says about recognising `lang` on this device; 'unsupported': it cannot promise to. */
export type OnDeviceStatus = 'available' | 'downloadable' | 'downloading' | 'unavailable' | 'unsupported';

interface RecognitionAlternative {
  transcript: string;
}
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: RecognitionAlternative;
}
interface RecognitionResultEvent extends Event {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: RecognitionResult };
}
interface RecognitionErrorEvent extends Event {
  readonly error: string;
}
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally: boolean;
  start(): void;
  stop(): void;
  abort(): void;
}
interface AvailabilityOptions {
  langs: string[];
  processLocally: boolean;
}
interface RecognitionConstructor {
  new (): Recognition;
  prototype: object;
  available?: (options: AvailabilityOptions) => Promise<string>;
  install?: (options: AvailabilityOptions) => Promise<boolean>;
}

/** The constructor, only if it can be told to process locally and asked about it. */
function onDeviceConstructor(): RecognitionConstructor | null {
  const scope = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  const ctor = scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
  if (!ctor || typeof ctor.available !== 'function' || !('processLocally' in ctor.prototype)) return null;
  return ctor;
}

export async function checkOnDevice(lang: string): Promise<OnDeviceStatus> {
  const ctor = onDeviceConstructor();
  if (!ctor?.available) return 'unsupported';
  try {
    const status = await ctor.available({ langs: [lang], processLocally: true });
    return status === 'available' || status === 'downloadable' || status === 'downloading' ? status : 'unavailable';
  } catch {
    // A permissions policy may block the question; without an answer nothing is promised.
    return 'unsupported';
  }
}

/** Asks the browser to download its on-device recognition for `lang`; true once installed. */
export async function installOnDevice(lang: string): Promise<boolean> {
  const ctor = onDeviceConstructor();
  if (!ctor?.install) return false;
  try {
    return await ctor.install({ langs: [lang], processLocally: true });
  } catch {
    return false;
  }
}

export interface OnDeviceListeners {
  /** Everything recognised so far: the final part, and the words still being recognised. */
  onText(finalText: string, interimText: string): void;
  /** Recognition ended (stopped, capped, or by itself); `finalText` is all of it. */
  onEnd(finalText: string): void;
  /** The specification's error code: not-allowed, audio-capture, no-speech, language-not-supported, ... */
  onError(code: string): void;
}

export interface OnDeviceSession {
  /** Finish: what was said so far is kept (an `end` follows). */
  stop(): void;
  /** Cancel: nothing is kept. */
  abort(): void;
}

/**
 * Starts on-device recognition of `lang`. Call only after checkOnDevice said 'available'.
 * @example const session = startOnDevice('en-US', { onText, onEnd, onError }); session.stop();
 */
export function startOnDevice(lang: string, listeners: OnDeviceListeners): OnDeviceSession {
  const ctor = onDeviceConstructor();
  if (!ctor) throw new Error('on-device recognition is not offered by this browser');
  const recognition = new ctor();
  recognition.processLocally = true;
  // Refuse a browser that silently ignored the request to stay on the device.
  if (recognition.processLocally !== true) throw new Error('on-device recognition is not offered by this browser');
  recognition.lang = lang;
  recognition.continuous = true;
  recognition.interimResults = true;
  const finals: string[] = [];
  recognition.addEventListener('result', (event) => {
    const { resultIndex, results } = event as RecognitionResultEvent;
    let interim = '';
    for (let i = resultIndex; i < results.length; i++) {
      const result = results[i]!;
      const text = result[0]?.transcript ?? '';
      if (result.isFinal) finals[i] = text.trim();
      else interim += text;
    }
    listeners.onText(joinFinals(finals), interim.trim());
  });
  recognition.addEventListener('error', (event) => listeners.onError((event as RecognitionErrorEvent).error));
  recognition.addEventListener('end', () => listeners.onEnd(joinFinals(finals)));
  recognition.start();
  return { stop: () => recognition.stop(), abort: () => recognition.abort() };
}

function joinFinals(finals: string[]): string {
  return finals.filter(Boolean).join(' ');
}
