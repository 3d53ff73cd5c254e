// A word as the search index stores it: a keyed hash (HMAC-SHA256 under a key derived from the
// master key, cipher.mac), scoped to the clinician, cut to 96 bits. A copy of the database
// without the key cannot test a guessed word against it, and the same word in two clinicians'
// notes gives two unrelated hashes. (Within one clinician's notes equal words do hash equally:
// that is what makes the index searchable, and what someone with the database could count.)
import type { Store } from '../open-store.ts';

const TERM_CHARS = 16;

export function termHash(store: Store, userId: string, word: string): string {
  return store.cipher.mac('note search term v1', `${userId}\n${word}`).slice(0, TERM_CHARS);
}
