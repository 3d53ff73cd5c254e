// `afterword rotate-key` at a practice's scale: 5 clinicians with 100, then 10,000 notes in all,
// on SQLite in a temporary folder. Prints the rows rotation rewrote and its time (median of 3
// rotations, min to max). The claim measured: the time follows the number of users, not of notes.
// Run: node --import tsx bench/rotate-key.bench.ts
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sealField, sealJson } from '../src/store/crypto/seal-field.ts';
import { createUser, openStore, rotateMasterKey } from '../src/store/index.ts';
import { INDEX_VERSION } from '../src/store/notes/index-note.ts';

const USERS = 5;
const TEXT = 'Client reported sleeping better; practised paced breathing and planned two walks.';

async function seed(dataDir: string, notes: number): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    const users: { id: string }[] = [];
    for (let u = 0; u < USERS; u++) users.push(await createUser(store, { email: `c${u}@example.test`, name: `Clinician ${u}`, credentials: 'LCSW', role: u ? 'clinician' : 'owner', passwordHash: 'x' }));
    const at = '2026-06-01T10:00:00.000Z';
    await store.transaction(async () => {
      for (let i = 0; i < notes; i++) {
        const userId = users[i % USERS]?.id as string;
        const id = randomUUID();
        await store.db
          .insertInto('notes')
          .values({
            id,
            user_id: userId,
            format: 'soap',
            status: 'draft',
            summary_enc: await sealField(store, userId, 'notes', id, 'summary', TEXT),
            document_enc: (await sealJson(store, userId, 'notes', id, 'document', { sections: [{ text: TEXT }] })) as string,
            created_at: at,
            updated_at: at,
            // Counted as indexed: the search index is not what this measures.
            indexed_version: INDEX_VERSION,
          })
          .execute();
      }
    });
  } finally {
    await store.close();
  }
}

for (const notes of [100, 10_000]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-rotate-bench-'));
  try {
    await seed(dataDir, notes);
    const times: number[] = [];
    let rewrapped = 0;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      rewrapped = (await rotateMasterKey({ dataDir })).rewrapped;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const f = (ms: number): string => `${ms.toFixed(0)} ms`;
    console.log(`${String(notes).padStart(6)} notes, ${USERS} users: rewrote ${rewrapped} rows; rotate-key ${f(times[1] as number)} (${f(times[0] as number)} to ${f(times[2] as number)}), opening the store included`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
