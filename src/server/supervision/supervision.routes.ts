// Supervision: the supervisor's list of supervisees' notes, and co-signing one. Reading a
// single note goes through GET /api/notes/:id, which lets a supervisor see a supervisee's note.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cosignNote, listSupervisedNotes } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { ZNoteParams, ZNoteResponse } from '../notes/note.schema.ts';
import { ZSupervisedNotesResponse } from './supervision.schema.ts';

export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/supervision/notes', { config: { audit: { action: 'view', entity: 'supervision_list', id: 'none' } }, schema: { tags: ['supervision'], response: { 200: ZSupervisedNotesResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const notes = await listSupervisedNotes(store, auth.user.id);
    return notes;
  });

  app.post('/api/notes/:id/cosign', { config: { audit: { action: 'cosign', entity: 'note' } }, schema: { tags: ['supervision'], params: ZNoteParams, response: { 200: ZNoteResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const note = await cosignNote(store, auth.user.id, request.params.id);
    return { note };
  });
};
