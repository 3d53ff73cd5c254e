// A small practice for the key tests: two clinicians, each with a client and notes whose text
// says whose they are, on a real SQLite file or (in the 'postgres' project) a new PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, createNote, createUser, openStore, type Store, type StoredDocument } from '#store';
import { freshPostgresDatabase } from '../../support/fresh-postgres-database.ts';

export function documentSaying(text: string): StoredDocument {
  return {
    format: 'soap',
    sections: [{ key: 'subjective', title: 'Subjective', text, sentences: [{ text, source: [{ origin: 'summary', start: 0, end: text.length }] }] }],
    risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
    warnings: [],
  };
}

export interface PracticeData {
  dataDir: string;
  databaseUrl: string | undefined;
  /** Opens the store on this data (the key file, or `key` as AFTERWORD_KEY would give it). */
  open(key?: string): Promise<Store>;
  dispose(): void;
}

export async function practiceData(): Promise<PracticeData> {
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-keys-'));
  const databaseUrl = await freshPostgresDatabase();
  return {
    dataDir,
    databaseUrl,
    open: (key) => openStore({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), ...(key ? { key } : {}) }),
    dispose: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export interface SeededNote {
  userId: string;
  noteId: string;
  summary: string;
}

/** Two clinicians; the first writes `notesEach` notes, the second `notesEach - 1`. */
export async function seedTwoClinicians(store: Store, notesEach = 3): Promise<SeededNote[]> {
  const notes: SeededNote[] = [];
  for (const [i, who] of ['ada', 'bo'].entries()) {
    const user = await createUser(store, { email: `${who}@example.org`, name: `Dr ${who}`, credentials: 'LCSW', role: i === 0 ? 'owner' : 'clinician', passwordHash: 'x' });
    const client = await createClient(store, user.id, { displayName: `Client of ${who}`, context: `context kept by ${who}` });
    for (let n = 0; n < notesEach - i; n++) {
      const summary = `Client of ${who} practised paced breathing, session ${n + 1}.`;
      const note = await createNote(store, { userId: user.id, clientId: client.id, format: 'soap', summary, document: documentSaying(summary) });
      notes.push({ userId: user.id, noteId: note.id, summary });
    }
  }
  return notes;
}
