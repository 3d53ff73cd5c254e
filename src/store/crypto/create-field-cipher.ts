// AES-256-GCM for clinical columns. Each value gets a fresh 96-bit IV, and the additional
// authenticated data binds it to `table:row:column`, so a ciphertext copied into another row
// or column fails to decrypt instead of showing the wrong client's text.
// Stored form: `v1.<iv b64url>.<ciphertext+tag b64url>`; `v1` names the key derivation, so a
// later key rotation can add `v2` and read both.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../app-error.ts';
import { asClinicalText, type ClinicalText } from '../clinical-text.ts';

export interface FieldAddress {
  table: string;
  row: string;
  column: string;
}

export interface FieldCipher {
  encrypt(plain: string, at: FieldAddress): string;
  decrypt(stored: string, at: FieldAddress): ClinicalText;
  /** Keyed hash for secrets the server must recognise but never read back (tokens, codes). */
  mac(purpose: string, value: string): string;
}

function deriveKey(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
}

function aad(at: FieldAddress): Buffer {
  return Buffer.from(`${at.table}:${at.row}:${at.column}`, 'utf8');
}

/**
 * Builds the cipher from the 32-byte master key.
 * @example const c = createFieldCipher(key); const s = c.encrypt('text', { table: 'notes', row: id, column: 'summary' });
 */
export function createFieldCipher(masterKey: Buffer): FieldCipher {
  const encKey = deriveKey(masterKey, 'afterword field encryption v1');
  const macKey = deriveKey(masterKey, 'afterword token mac v1');
  return {
    encrypt(plain, at) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(aad(at));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt(stored, at) {
      const [version, ivText, bodyText] = stored.split('.');
      if (version !== 'v1' || !ivText || !bodyText) throw new AppError('internal', `unreadable ${at.table}.${at.column} for ${at.row}`);
      const body = Buffer.from(bodyText, 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(ivText, 'base64url'));
        decipher.setAAD(aad(at));
        decipher.setAuthTag(body.subarray(body.length - 16));
        return asClinicalText(Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8'));
      } catch (cause) {
        throw new AppError('internal', `${at.table}.${at.column} of ${at.row} failed authentication (wrong key or altered data)`, { cause });
      }
    },
    mac(purpose, value) {
      return createHmac('sha256', macKey).update(`${purpose}\n${value}`).digest('base64url');
    },
  };
}
