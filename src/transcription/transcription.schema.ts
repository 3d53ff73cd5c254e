// Dictation's limits and the transcription endpoint's settings: shared by the server, the CLI and
// web/ (the Settings page checks the same rules before saving).
import { z } from 'zod';

/** The hard cap on one dictated summary (DESIGN.md, principle 1: capped, 5 minutes by default). */
export const DICTATION_MAX_SECONDS = 5 * 60;
/** Audio the server accepts: 16 kHz, 16-bit, mono PCM in a WAV container. */
export const DICTATION_SAMPLE_RATE = 16_000;
/** Bytes of the longest accepted dictation: the cap's samples, plus room for the WAV header. */
export const DICTATION_MAX_BYTES = DICTATION_MAX_SECONDS * DICTATION_SAMPLE_RATE * 2 + 1024;

/**
 * True for a host on this machine or its private network, written as such: loopback, the
 * `localhost` names, and private, link-local and unique-local addresses. A name that could
 * resolve anywhere is not.
 * @example isLocalNetworkHost('127.0.0.1') // true; isLocalNetworkHost('api.example.com') // false
 */
export function isLocalNetworkHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  return host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** An OpenAI-compatible transcription service the user runs (`POST {baseUrl}/v1/audio/transcriptions`). */
export const ZTranscriptionSettings = z
  .object({
    /** Such as http://127.0.0.1:8000 or http://127.0.0.1:8000/v1. */
    baseUrl: z.string().trim().max(500).refine(isHttpUrl, 'must be an http:// or https:// address with no user name, query or fragment, such as http://127.0.0.1:8000/v1'),
    /** The model name the service expects, such as whisper-1 or Systran/faster-whisper-small. */
    model: z.string().trim().min(1, 'name the model the service runs, such as whisper-1').max(200),
    /**
     * The user confirmed that dictated audio, which may name people, goes to an address outside
     * this machine and its private network. Required for such an address.
     */
    allowRemote: z.boolean().default(false),
  })
  .refine((s) => s.allowRemote || !isHttpUrl(s.baseUrl) || isLocalNetworkHost(new URL(s.baseUrl).hostname), {
    message: 'this address is outside this machine and its private network: confirm that your dictated audio (which may name people) may be sent there',
    path: ['allowRemote'],
  });
export type TTranscriptionSettings = z.infer<typeof ZTranscriptionSettings>;

export const ZTranscriptionSettingsResponse = z.object({
  transcription: ZTranscriptionSettings.nullable(),
  /** A key for the service is stored (sealed). The key itself is never sent back. */
  hasKey: z.boolean(),
  /** Set when AFTERWORD_WHISPER_MODEL is set on the server but cannot be used: what to do about it. */
  whisperProblem: z.string().nullable(),
  /** The folder name of the Whisper model that runs on the server when no service is set; null: none. */
  localModel: z.string().nullable(),
});
export type TTranscriptionSettingsResponse = z.infer<typeof ZTranscriptionSettingsResponse>;
export const ZPutTranscriptionSettingsRequest = z.object({
  transcription: ZTranscriptionSettings.nullable(),
  /** The key the service asks for (sent as a bearer token). Left out: keep the stored one; null: remove it. */
  apiKey: z.string().trim().min(1, 'type the key, or leave the field out to keep the stored one').max(500, 'a key is at most 500 characters').nullable().optional(),
});
export const ZTranscribeResponse = z.object({ text: z.string() });
export type TTranscribeResponse = z.infer<typeof ZTranscribeResponse>;
