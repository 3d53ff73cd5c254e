// A clinician's own templates: create, change, delete. Only the clinician who made a template
// sees or changes it; anyone else is told it does not exist.
import { randomUUID } from 'node:crypto';
import type { TTemplate } from '#documents';
import { AppError } from '../app-error.ts';
import { sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { type TemplateView, toTemplateView } from './template-view.ts';

/** How many templates one clinician keeps: enough for any practice, and a bound on listing. */
export const TEMPLATES_PER_USER = 200;

/** @example const saved = await createTemplate(store, user.id, template); */
export async function createTemplate(store: Store, userId: string, template: TTemplate): Promise<TemplateView> {
  const count = await store.db.selectFrom('document_templates').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  if (Number(count.n) >= TEMPLATES_PER_USER) throw new AppError('conflict', `You have ${TEMPLATES_PER_USER} templates: delete one you no longer use first`);
  const id = randomUUID();
  const now = store.now().toISOString();
  const row = { id, user_id: userId, content_enc: (await sealJson(store, userId, 'document_templates', id, 'content', template))!, created_at: now, updated_at: now };
  await store.db.insertInto('document_templates').values(row).execute();
  return toTemplateView(store, row);
}

/**
 * Replaces the template's content.
 * @example
 * await updateTemplate(store, auth.user.id, request.params.id, parseTemplate(request.body.template));
 */
export async function updateTemplate(store: Store, userId: string, id: string, template: TTemplate): Promise<TemplateView> {
  await findOwnTemplateRow(store, userId, id);
  const now = store.now().toISOString();
  const content_enc = (await sealJson(store, userId, 'document_templates', id, 'content', template))!;
  await store.db.updateTable('document_templates').set({ content_enc, updated_at: now }).where('id', '=', id).execute();
  return getTemplate(store, userId, id);
}

/**
 * Deletes one of the clinician's templates (another clinician's is not found).
 * @example
 * await deleteTemplate(store, auth.user.id, request.params.id);
 */
export async function deleteTemplate(store: Store, userId: string, id: string): Promise<void> {
  await findOwnTemplateRow(store, userId, id);
  await store.db.deleteFrom('document_templates').where('id', '=', id).execute();
}

/**
 * One of the clinician's templates, opened; AppError not_found for anyone else's.
 * @example
 * const { template } = await getTemplate(store, auth.user.id, id);
 */
export async function getTemplate(store: Store, userId: string, id: string): Promise<TemplateView> {
  return toTemplateView(store, await findOwnTemplateRow(store, userId, id));
}

/**
 * The clinician's templates, oldest first (the order they were made).
 * @example
 * const templates = await listTemplates(store, auth.user.id);
 */
export async function listTemplates(store: Store, userId: string): Promise<TemplateView[]> {
  const rows = await store.db.selectFrom('document_templates').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => toTemplateView(store, row));
}

async function findOwnTemplateRow(store: Store, userId: string, id: string) {
  const row = await store.db.selectFrom('document_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.user_id !== userId) throw new AppError('not_found', 'Template not found');
  return row;
}
