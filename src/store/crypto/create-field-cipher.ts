// AES-256-GCM for clinical columns. Each value gets a fresh 96-bit IV, and the additional
// authenticated data binds it to `table:row:column`, so a ciphertext copied into another row
// or column fails to decrypt instead of showing the wrong client's text.
// Stored form: `k1.<key id>.<iv b64url>.<ciphertext+tag b64url>`, encrypted with the owning
// user's data key (key-ring.ts), so rotating the master key only rewraps data keys. The older
// `v1.<iv>.<body>` (one key derived from the installation secret) is still read: rows written
// before per-user keys are re-encrypted once at start-up (adopt-data-keys.ts).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../app-error.ts';
import { asClinicalText, type ClinicalText } from '../clinical-text.ts';
import type { DataKey, KeyRing } from './key-ring.ts';

interface FieldAddress {
  table: string;
  row: string;
  column: string;
}

export interface FieldCipher {
  /** Encrypts with `key`, the data key of the user who owns the row (`store.keys.forUser`). */
  encrypt(plain: string, at: FieldAddress, key: DataKey): string;
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

/** How to read a stored value: its key and the IV and body text. */
function parse(stored: string, legacyKey: Buffer, keys: KeyRing, at: FieldAddress): { key: Buffer; ivText: string; bodyText: string } {
  const parts = stored.split('.');
  if (parts[0] === 'k1' && parts.length === 4) {
    const key = keys.get(parts[1] as string);
    if (!key) throw new AppError('internal', `${at.table}.${at.column} of ${at.row} uses data key ${parts[1]}, which is not in the database`);
    return { key, ivText: parts[2] as string, bodyText: parts[3] as string };
  }
  if (parts[0] === 'v1' && parts.length === 3) return { key: legacyKey, ivText: parts[1] as string, bodyText: parts[2] as string };
  throw new AppError('internal', `unreadable ${at.table}.${at.column} for ${at.row}`);
}

/**
 * Builds the cipher from the installation secret (a random 32 bytes kept wrapped in `data_keys`;
 * the first master key for a database created before per-user keys) and the loaded data keys.
 * @example const c = createFieldCipher(secret, keys); const s = c.encrypt('text', { table: 'notes', row: id, column: 'summary' }, await keys.forUser(userId));
 */
export function createFieldCipher(installationSecret: Buffer, keys: KeyRing): FieldCipher {
  const legacyKey = deriveKey(installationSecret, 'afterword field encryption v1');
  const macKey = deriveKey(installationSecret, 'afterword token mac v1');
  return {
    encrypt(plain, at, dataKey) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', dataKey.key, iv);
      cipher.setAAD(aad(at));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `k1.${dataKey.id}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt(stored, at) {
      const { key, ivText, bodyText } = parse(stored, legacyKey, keys, at);
      const body = Buffer.from(bodyText, 'base64url');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
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
