// Notes: drafts, signing, addenda, copy events, deletion. Each route audits what it touched.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  addAddendum,
  appendAuditEvent,
  createNote,
  deleteNote,
  getNote,
  listNotes,
  type NoteListItem,
  type NoteView,
  signNote,
  type StoredDocument,
  updateNote,
} from '#store';
import { ZOk } from '../auth/auth.schema.ts';
import { requireAuth } from '../auth/require-auth.ts';
import {
  type TNote,
  type TNoteListItem,
  ZAddendumRequest,
  ZCopiedRequest,
  ZCreateNoteRequest,
  ZNoteParams,
  ZNoteResponse,
  ZNotesQuery,
  ZNotesResponse,
  ZUpdateNoteRequest,
} from './note.schema.ts';

// The document arrives validated by ZDocument (loose where the composer may grow), and is
// returned as stored; these casts cross that boundary.
const asDocument = (d: unknown): StoredDocument => d as StoredDocument;
const asNote = (n: NoteView): TNote => n as TNote;
const asItem = (n: NoteListItem): TNoteListItem => n as TNoteListItem;

export const notesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/notes', { schema: { tags: ['notes'], querystring: ZNotesQuery, response: { 200: ZNotesResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const notes = await listNotes(store, { userId: auth.user.id, ...request.query });
    await appendAuditEvent(store, { userId: auth.user.id, action: 'view', entity: 'note_list', entityId: request.query.clientId ?? null });
    return { notes: notes.map(asItem) };
  });

  app.post('/api/notes', { schema: { tags: ['notes'], body: ZCreateNoteRequest, response: { 200: ZNoteResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const { document, ...rest } = request.body;
    const note = await createNote(store, { userId: auth.user.id, ...rest, document: asDocument(document) });
    await appendAuditEvent(store, { userId: auth.user.id, action: 'create', entity: 'note', entityId: note.id });
    return { note: asNote(note) };
  });

  app.get('/api/notes/:id', { schema: { tags: ['notes'], params: ZNoteParams, response: { 200: ZNoteResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const note = await getNote(store, auth.user.id, request.params.id);
    await appendAuditEvent(store, { userId: auth.user.id, action: 'view', entity: 'note', entityId: note.id });
    return { note: asNote(note) };
  });

  app.patch(
    '/api/notes/:id',
    { schema: { tags: ['notes'], params: ZNoteParams, body: ZUpdateNoteRequest, response: { 200: ZNoteResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const { document, ...rest } = request.body;
      const note = await updateNote(store, auth.user.id, request.params.id, { ...rest, ...(document ? { document: asDocument(document) } : {}) });
      await appendAuditEvent(store, { userId: auth.user.id, action: 'change', entity: 'note', entityId: note.id });
      return { note: asNote(note) };
    },
  );

  app.post('/api/notes/:id/sign', { schema: { tags: ['notes'], params: ZNoteParams, response: { 200: ZNoteResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const note = await signNote(store, auth.user.id, request.params.id);
    await appendAuditEvent(store, { userId: auth.user.id, action: 'sign', entity: 'note', entityId: note.id });
    return { note: asNote(note) };
  });

  app.post(
    '/api/notes/:id/addenda',
    { schema: { tags: ['notes'], params: ZNoteParams, body: ZAddendumRequest, response: { 200: ZNoteResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const { addendumId, note } = await addAddendum(store, auth.user.id, request.params.id, request.body.text);
      await appendAuditEvent(store, { userId: auth.user.id, action: 'sign', entity: 'addendum', entityId: addendumId });
      return { note: asNote(note) };
    },
  );

  app.post(
    '/api/notes/:id/copied',
    { schema: { tags: ['notes'], params: ZNoteParams, body: ZCopiedRequest.optional(), response: { 200: ZOk } } },
    async (request) => {
      const auth = requireAuth(request);
      await getNote(store, auth.user.id, request.params.id);
      await appendAuditEvent(store, { userId: auth.user.id, action: 'copy', entity: 'note', entityId: request.params.id });
      return { ok: true as const };
    },
  );

  app.delete('/api/notes/:id', { schema: { tags: ['notes'], params: ZNoteParams, response: { 200: ZOk } } }, async (request) => {
    const auth = requireAuth(request);
    await deleteNote(store, auth.user.id, request.params.id);
    await appendAuditEvent(store, { userId: auth.user.id, action: 'delete', entity: 'note', entityId: request.params.id });
    return { ok: true as const };
  });
};
