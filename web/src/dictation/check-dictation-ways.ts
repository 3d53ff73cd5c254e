// What is on offer for dictating: the browser's on-device recognition, and the clinician's own
// transcription service (Settings › Dictation), named by its host.
import { api } from '../api/request.ts';
import { checkOnDevice, type OnDeviceStatus } from './on-device-recognition.ts';
import { LANG } from './speech-words.ts';

export async function checkDictationWays(): Promise<{ device: OnDeviceStatus; serviceHost: string | null }> {
  const [device, serviceHost] = await Promise.all([
    checkOnDevice(LANG),
    api.get<{ transcription: { baseUrl: string } | null }>('/api/settings/transcription').then(
      (r) => (r.transcription ? new URL(r.transcription.baseUrl).host : null),
      () => null,
    ),
  ]);
  return { device, serviceHost };
}
