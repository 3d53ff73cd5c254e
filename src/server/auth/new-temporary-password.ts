import { randomInt } from 'node:crypto';

// No look-alike characters (0/o, 1/l/i): the owner reads it out or writes it down.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password such as `k7m2-p9xq-4tbn-wz3d` (16 characters from 31: about 79 bits). */
export function newTemporaryPassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}
