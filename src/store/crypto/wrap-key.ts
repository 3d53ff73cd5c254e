// Key wrapping: a data key is stored encrypted (AES-256-GCM) under a key-encryption key derived
// from the master key, with its own id as additional data, so a wrapped key moved to another
// row fails to unwrap. Stored form: `w1.<iv b64url>.<ciphertext+tag b64url>`.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The key that wraps data keys, derived from the 32-byte master key. */
export function wrappingKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'afterword key wrap v1', 32));
}

export function wrapKey(kek: Buffer, id: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(`data_keys:${id}`, 'utf8'));
  const body = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  return `w1.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

/** The data key, or null when `kek` is not the key it was wrapped under (or the row was altered). */
export function unwrapKey(kek: Buffer, id: string, wrapped: string): Buffer | null {
  const [version, ivText, bodyText] = wrapped.split('.');
  if (version !== 'w1' || !ivText || !bodyText) return null;
  const body = Buffer.from(bodyText, 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(ivText, 'base64url'));
    decipher.setAAD(Buffer.from(`data_keys:${id}`, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}
