// TOTP (RFC 6238, 30 s steps, 6 digits) through otplib, with replay protection by time step,
// and one-time recovery codes.
import { randomInt } from 'node:crypto';

// Loaded on first use: most requests never touch the second factor, and start-up stays quicker.
const loadOtp = () => import('otplib');

export async function newTotpSecret(): Promise<string> {
  return (await loadOtp()).generateSecret();
}

export async function describeTotpSecret(secret: string, label: string): Promise<{ otpauthUrl: string; qrSvg: string }> {
  const otpauthUrl = (await loadOtp()).generateURI({ issuer: 'Afterword', label, secret });
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { otpauthUrl, qrSvg };
}

export interface CheckTotpOptions {
  secret: string;
  code: string;
  nowMs: number;
  /** Last accepted step: a code from that step or earlier is a replay. */
  afterStep: number | null;
}

/** Returns the matched time step, or null. Accepts one step of clock drift either way. */
export async function checkTotpCode(options: CheckTotpOptions): Promise<number | null> {
  if (!/^\d{6}$/.test(options.code)) return null;
  const { verify } = await loadOtp();
  const result = await verify({
    secret: options.secret,
    token: options.code,
    epoch: Math.floor(options.nowMs / 1000),
    epochTolerance: 30,
    ...(options.afterStep === null ? {} : { afterTimeStep: options.afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes such as `k7m2p-9xq4t` (about 49 bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}
