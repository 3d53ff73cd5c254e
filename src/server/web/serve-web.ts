// Serves the built front end (web/dist) with a single-page-app fallback: any GET outside /api
// that matches no file gets index.html. Unknown /api paths answer a JSON 404.
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ERROR_STATUS } from '../errors/error-status.ts';

export async function serveWeb(app: FastifyInstance, webDir: string | null): Promise<void> {
  const hasWeb = webDir !== null && existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    const assetsDir = join(webDir, 'assets');
    await app.register(fastifyStatic, {
      root: webDir,
      index: ['index.html'],
      maxAge: '1h',
      immutable: false,
      // The build writes a .br and a .gz beside each text file (web/vite.config.ts): sent as they
      // are to a browser that accepts them, with no compressing per request.
      preCompressed: true,
      // Vite names what it puts in assets/ by content hash: a new build has new names, so the
      // browser may keep them for good and a page opened again fetches none of them (issue 7,
      // Notes page start-up). index.html names the current ones, so it is checked every time.
      setHeaders(res, sentPath) {
        // The file sent may be the compressed copy (index.html.br): its headers are the original's.
        const path = sentPath.replace(/\.(?:br|gz)$/, '');
        if (path.startsWith(assetsDir + sep)) res.header('cache-control', 'public, max-age=31536000, immutable');
        else if (path === join(webDir, 'index.html')) res.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || request.method !== 'GET') {
      return reply.status(ERROR_STATUS.not_found).send({ error: { code: 'not_found', message: 'Not found' } });
    }
    if (!hasWeb) {
      return reply.status(404).type('text/plain; charset=utf-8').send('Afterword API is running; the web interface is not built (run `npm run build:web`).\n');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
