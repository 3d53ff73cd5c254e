// What is on offer for dictating: the browser's on-device recognition, the clinician's own
// transcription service (Settings › Dictation), named by its host, and the Whisper model the
// server runs when no service is set, named by its folder.
import { api } from '../api/request.ts';
import { checkOnDevice, type OnDeviceStatus } from './on-device-recognition.ts';
import { LANG } from './speech-words.ts';

export async function checkDictationWays(): Promise<{ device: OnDeviceStatus; serviceHost: string | null; localModel: string | null }> {
  const [device, server] = await Promise.all([
    checkOnDevice(LANG),
    api.get<{ transcription: { baseUrl: string } | null; localModel: string | null }>('/api/settings/transcription').then(
      (r) => ({ serviceHost: r.transcription ? new URL(r.transcription.baseUrl).host : null, localModel: r.transcription ? null : r.localModel }),
      () => ({ serviceHost: null, localModel: null }),
    ),
  ]);
  return { device, ...server };
}
