// Settings of one running server (not of a user). Defaults suit one clinician on a laptop.
import { DEFAULT_COMPOSE_BUDGET_MS, defaultComposeWorkers } from '#compose-pool';

export interface ServerConfig {
  /** Idle time after which a session ends (DESIGN: idle timeout). */
  idleTimeoutSeconds: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxSeconds: number;
  /** Failed sign-ins in a row before an account is locked, and for how long. */
  maxLoginFailures: number;
  lockoutSeconds: number;
  /** Sign-in attempts per minute from one address (in this process). */
  loginRatePerMinute: number;
  /** Set the cookie's Secure flag on every answer (it is also set on any request that arrived over HTTPS). */
  secureCookie: boolean;
  /**
   * The origin people use, such as https://notes.example.org (--public-url). Requests naming
   * another host are refused (DNS rebinding); without it only the loopback names are accepted.
   */
  publicUrl: string | null;
  /**
   * Which reverse proxies to believe about the client's address and protocol (X-Forwarded-For,
   * -Proto, -Host): false, or addresses / CIDRs / 'loopback' as Fastify's trustProxy takes them.
   */
  trustProxy: false | string;
  /** Folder of the built front end; served when it holds index.html. */
  webDir: string | null;
  /** Worker threads that compose (src/compose-pool), and how long one compose may run. */
  composeWorkers: number;
  composeBudgetMs: number;
  /** AFTERWORD_WHISPER_MODEL: a local Whisper model folder (needs an optional package; src/transcription). */
  whisperModel: string | null;
  /** AFTERWORD_WHISPER_SHA256: the digest the model folder must have (whisperModelDigest); null: not pinned. */
  whisperSha256: string | null;
}

export const DEFAULT_CONFIG: Omit<ServerConfig, 'webDir'> = {
  idleTimeoutSeconds: 30 * 60,
  sessionMaxSeconds: 12 * 60 * 60,
  maxLoginFailures: 5,
  lockoutSeconds: 15 * 60,
  loginRatePerMinute: 30,
  secureCookie: false,
  publicUrl: null,
  trustProxy: false,
  composeWorkers: defaultComposeWorkers(),
  composeBudgetMs: DEFAULT_COMPOSE_BUDGET_MS,
  whisperModel: null,
  whisperSha256: null,
};
