import type { Store } from '../open-store.ts';

/**
 * Records activity; skipped when the last write is under `minGapMs` old, to spare the disk.
 * @example session.lastSeenAt = await touchSession(store, session.id, session.lastSeenAt);
 */
export async function touchSession(store: Store, sessionId: string, lastSeenAt: string, minGapMs = 5000): Promise<string> {
  const now = store.now();
  if (now.getTime() - Date.parse(lastSeenAt) < minGapMs) return lastSeenAt;
  const iso = now.toISOString();
  await store.db.updateTable('sessions').set({ last_seen_at: iso }).where('id', '=', sessionId).execute();
  return iso;
}
