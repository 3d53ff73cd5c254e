// The context the composer receives for a client: their profile (pronouns, diagnoses, the
// clinician's context text) and the plan and homework of the last note.
import type { ComposeContext } from '#compose';
import { getClient, getLastPlan, type Store } from '#store';

export async function buildComposeContext(store: Store, userId: string, clientId: string): Promise<ComposeContext> {
  const client = await getClient(store, userId, clientId);
  const last = await getLastPlan(store, userId, clientId);
  return {
    profile: {
      ...(client.pronouns ? { pronouns: client.pronouns } : {}),
      ...(client.diagnoses.length > 0 ? { diagnoses: client.diagnoses.map((d) => `${d.label} (${d.code})`) } : {}),
      ...(client.context ? { context: client.context } : {}),
    },
    plan: {
      ...(last.plan ? { lastPlan: last.plan } : {}),
      ...(last.homework ? { lastHomework: last.homework } : {}),
    },
  };
}
