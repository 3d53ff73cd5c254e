import type { TTemplate } from '#documents';
import { openJson } from '../crypto/seal-field.ts';
import type { DocumentTemplatesTable } from '../database.ts';
import type { Store } from '../open-store.ts';

export interface TemplateView {
  id: string;
  template: TTemplate;
  createdAt: string;
  updatedAt: string;
}

export function toTemplateView(store: Store, row: DocumentTemplatesTable): TemplateView {
  return { id: row.id, template: openJson<TTemplate>(store, 'document_templates', row.id, 'content', row.content_enc)!, createdAt: row.created_at, updatedAt: row.updated_at };
}
