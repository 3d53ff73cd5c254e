// Notes: drafts, signing, addenda, copy events, deletion. Each route declares what it audits
// (`config.audit`), recorded in the same transaction as its change (audit/route-audit.ts).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { layoutNote } from '#note-export';
import { instantFormatter, renderNotePdf } from '#note-pdf';
import {
  AppError,
  addAddendum,
  createNote,
  deleteNote,
  getNote,
  listNotes,
  markNoteEnteredInError,
  signNote,
  updateNote,
} from '#store';
import { ZOk } from '../auth/auth.schema.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { exportableNote } from './exportable-note.ts';
import {
  ZAddendumRequest,
  ZCopiedRequest,
  ZCreateNoteRequest,
  ZEnteredInErrorRequest,
  ZNoteParams,
  ZNotePdfQuery,
  ZNoteResponse,
  ZNotesQuery,
  ZNotesResponse,
  ZSignNoteRequest,
  ZUpdateNoteRequest,
} from './note.schema.ts';

export const notesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/notes', { config: { audit: { action: 'view', entity: 'note_list', id: 'query.clientId' } }, schema: { tags: ['notes'], querystring: ZNotesQuery, response: { 200: ZNotesResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const page = await listNotes(store, { userId: auth.user.id, ...request.query });
    return { notes: page.notes, nextCursor: page.nextCursor };
  });

  app.post('/api/notes', { config: { audit: { action: 'create', entity: 'note', id: 'result.note.id' } }, schema: { tags: ['notes'], body: ZCreateNoteRequest, response: { 200: ZNoteResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const note = await createNote(store, { userId: auth.user.id, ...request.body });
    return { note: note };
  });

  app.get('/api/notes/:id', { config: { audit: { action: 'view', entity: 'note' } }, schema: { tags: ['notes'], params: ZNoteParams, response: { 200: ZNoteResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const note = await getNote(store, auth.user.id, request.params.id);
    return { note: note };
  });

  app.patch(
    '/api/notes/:id',
    { config: { audit: { action: 'change', entity: 'note' } }, schema: { tags: ['notes'], params: ZNoteParams, body: ZUpdateNoteRequest, response: { 200: ZNoteResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const note = await updateNote(store, auth.user.id, request.params.id, request.body);
      return { note: note };
    },
  );

  app.post(
    '/api/notes/:id/sign',
    { config: { audit: { action: 'sign', entity: 'note' } }, schema: { tags: ['notes'], params: ZNoteParams, body: ZSignNoteRequest.nullish(), response: { 200: ZNoteResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const note = await signNote(store, { userId: auth.user.id, noteId: request.params.id, timeZone: request.body?.timeZone });
      return { note: note };
    },
  );

  app.post(
    '/api/notes/:id/addenda',
    { config: { audit: { action: 'sign', entity: 'addendum', id: 'result.addendumId' } }, schema: { tags: ['notes'], params: ZNoteParams, body: ZAddendumRequest, response: { 200: ZNoteResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const { addendumId, note } = await addAddendum(store, auth.user.id, request.params.id, request.body.text);
      return { note: note, addendumId };
    },
  );

  app.post(
    '/api/notes/:id/copied',
    { config: { audit: { action: 'copy', entity: 'note' } }, schema: { tags: ['notes'], params: ZNoteParams, body: ZCopiedRequest.optional(), response: { 200: ZOk } } },
    async (request) => {
      const auth = requireAuth(request);
      await getNote(store, auth.user.id, request.params.id);
      return { ok: true as const };
    },
  );

  // The signed note as a PDF, made here (pdfkit, standard fonts, nothing fetched). Reading it is
  // exporting clinical content: audited as such, for its author and their supervisor alike.
  // Sent as made, never through the compressor (a PDF's streams are compressed already).
  app.get(
    '/api/notes/:id/pdf',
    { compress: false, config: { audit: { action: 'export', entity: 'note' } }, schema: { tags: ['notes'], params: ZNoteParams, querystring: ZNotePdfQuery } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const note = await getNote(store, auth.user.id, request.params.id);
      if (note.status !== 'signed') throw new AppError('conflict', 'Only a signed note can be exported as a PDF: sign it first, or copy the draft.');
      const layout = layoutNote(exportableNote(note), { formatInstant: instantFormatter(request.query.tz) });
      const pdf = await renderNotePdf(layout, { createdAt: store.now() });
      // The file name says what the file is, not who it is about.
      const day = (note.sessionDate ?? note.signedAt ?? '').slice(0, 10).replace(/[^0-9-]/g, '');
      reply
        .type('application/pdf')
        .header('content-disposition', `${request.query.disposition}; filename="progress-note${day ? `-${day}` : ''}.pdf"`)
        .header('cache-control', 'no-store');
      return pdf;
    },
  );

  app.post(
    '/api/notes/:id/entered-in-error',
    {
      config: { audit: { action: 'entered_in_error', entity: 'note' } },
      schema: { tags: ['notes'], params: ZNoteParams, body: ZEnteredInErrorRequest, response: { 200: ZNoteResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const note = await markNoteEnteredInError(store, { userId: auth.user.id, noteId: request.params.id, reason: request.body.reason });
      return { note: note };
    },
  );

  // Only an unsigned draft can be deleted; a signed note answers 409 (see deleteNote).
  app.delete('/api/notes/:id', { config: { audit: { action: 'delete', entity: 'note' } }, schema: { tags: ['notes'], params: ZNoteParams, response: { 200: ZOk } } }, async (request) => {
    const auth = requireAuth(request);
    await deleteNote(store, auth.user.id, request.params.id);
    return { ok: true as const };
  });
};
