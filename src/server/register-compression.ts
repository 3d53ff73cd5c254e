// Compresses answers for slow phone and tablet connections: the web app's JavaScript, CSS and
// HTML, and the API's JSON, with brotli or gzip as the browser accepts (docs/decisions-web.md).
// Only text is compressed (the PDF is sent as made), answers under 1 KB are not worth it, and
// request bodies are never decompressed (a small gzip body could expand past the body limit's
// intent). It adds `Vary: Accept-Encoding` and leaves every security header as it was set.
import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Text types worth compressing; a PDF, an image or anything else goes out as it is. */
const COMPRESSIBLE = /^(?:text\/(?:html|css|plain|javascript)|application\/(?:javascript|json|[\w.+-]+\+json)|image\/svg\+xml)(?:;|$)/;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
    // Quality 5 keeps compressing a 230 KB script to a few milliseconds; the browser caches it.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}
