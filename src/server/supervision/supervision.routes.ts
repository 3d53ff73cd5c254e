// Supervision: the supervisor's list of supervisees' notes, and co-signing one. Reading a
// single note goes through GET /api/notes/:id, which lets a supervisor see a supervisee's note.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appendAuditEvent, cosignNote, listSupervisedNotes } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { type TNote, ZNoteParams, ZNoteResponse } from '../notes/note.schema.ts';
import { type TSupervisedNotesResponse, ZSupervisedNotesResponse } from './supervision.schema.ts';

export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/supervision/notes', { schema: { tags: ['supervision'], response: { 200: ZSupervisedNotesResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const notes = await listSupervisedNotes(store, auth.user.id);
    await appendAuditEvent(store, { userId: auth.user.id, action: 'view', entity: 'supervision_list' });
    // Formats are stored in lower case by the notes routes, as ZFormatKey expects.
    return notes as TSupervisedNotesResponse;
  });

  app.post('/api/notes/:id/cosign', { schema: { tags: ['supervision'], params: ZNoteParams, response: { 200: ZNoteResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const note = await cosignNote(store, auth.user.id, request.params.id);
    await appendAuditEvent(store, { userId: auth.user.id, action: 'cosign', entity: 'note', entityId: note.id });
    return { note: note as TNote };
  });
};
