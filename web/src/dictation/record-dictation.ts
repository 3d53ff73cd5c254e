// Records the clinician's dictated summary for their transcription service: microphone -> 16 kHz
// mono samples in memory -> WAV. Nothing is stored in the browser (no IndexedDB, no file); the
// samples are zero-filled once encoded, and the WAV once sent (see send-dictation.ts).
import { DICTATION_SAMPLE_RATE } from '../../../src/transcription/transcription.schema.ts';
import { encodeWav } from './encode-wav.ts';

export interface Recording {
  /** Stops the microphone and returns the WAV. */
  finish(): Uint8Array<ArrayBuffer>;
  /** Stops the microphone and wipes what was recorded. */
  discard(): void;
}

/** Asks for the microphone and starts recording; rejects when it is refused or absent. */
export async function startRecording(): Promise<Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
  // The browser resamples the microphone to 16 kHz for this context.
  const context = new AudioContext({ sampleRate: DICTATION_SAMPLE_RATE });
  const source = context.createMediaStreamSource(stream);
  // ScriptProcessor (not an AudioWorklet): a worklet needs a module URL, which the page's CSP and
  // the bundle would have to make room for; this is a few seconds of audio a minute.
  const processor = context.createScriptProcessor(4096, 1, 1);
  const chunks: Float32Array[] = [];
  processor.onaudioprocess = (event) => chunks.push(new Float32Array(event.inputBuffer.getChannelData(0)));
  source.connect(processor);
  processor.connect(context.destination);
  const stop = (): void => {
    processor.onaudioprocess = null;
    processor.disconnect();
    source.disconnect();
    for (const track of stream.getTracks()) track.stop();
    void context.close();
  };
  const wipe = (): void => {
    for (const chunk of chunks) chunk.fill(0);
    chunks.length = 0;
  };
  return {
    finish() {
      stop();
      const wav = encodeWav(chunks, context.sampleRate);
      wipe();
      return wav;
    },
    discard() {
      stop();
      wipe();
    },
  };
}
