// A stand-in for an OpenAI-compatible transcription service (faster-whisper-server, whisper.cpp's
// server, LocalAI...): POST /v1/audio/transcriptions with multipart/form-data (file, model,
// response_format), read by a real multipart parser (undici's, behind Response.formData()).
// It answers {"text": ...}, an error, or nothing at all (to be cancelled), and records what it got.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type FakeMode = 'ok' | 'error' | 'hang';

interface ReceivedUpload {
  path: string;
  contentType: string;
  model: string | null;
  responseFormat: string | null;
  fileName: string | null;
  fileType: string | null;
  file: Buffer | null;
  /** The Authorization header, if any. */
  authorization: string | null;
}

export interface FakeTranscriptionServer {
  url: string;
  mode: FakeMode;
  /** What the service says the audio held. */
  transcript: string;
  received: ReceivedUpload[];
  /** When set, only `Authorization: Bearer <requiredKey>` is served; anything else gets 401. */
  requiredKey: string | null;
  /** Requests whose client went away before an answer (a cancelled forward). */
  abandoned: number;
  /** Resolves when the next upload has been read in full. */
  nextUpload(): Promise<ReceivedUpload>;
  close(): Promise<void>;
}

export async function startFakeTranscriptionServer(): Promise<FakeTranscriptionServer> {
  let waiting: ((upload: ReceivedUpload) => void) | null = null;
  const fake: FakeTranscriptionServer = {
    url: '',
    mode: 'ok',
    transcript: 'pt reports sleep improved, still worried about work. denies SI/HI.',
    received: [],
    requiredKey: null,
    abandoned: 0,
    nextUpload: () => new Promise((resolve) => (waiting = resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', async () => {
      const contentType = request.headers['content-type'] ?? '';
      const upload: ReceivedUpload = { path: request.url ?? '', contentType, model: null, responseFormat: null, fileName: null, fileType: null, file: null, authorization: request.headers.authorization ?? null };
      try {
        const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } }).formData();
        const file = form.get('file');
        upload.model = form.get('model') as string | null;
        upload.responseFormat = form.get('response_format') as string | null;
        if (file instanceof Blob) {
          upload.fileName = (file as File).name;
          upload.fileType = file.type;
          upload.file = Buffer.from(await file.arrayBuffer());
        }
      } catch {
        // Not multipart: recorded with no fields.
      }
      fake.received.push(upload);
      waiting?.(upload);
      waiting = null;
      if (request.url !== '/v1/audio/transcriptions') return void response.writeHead(404).end('{"error":"not found"}');
      if (fake.requiredKey && upload.authorization !== `Bearer ${fake.requiredKey}`) return void response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"message":"invalid api key"}}');
      if (fake.mode === 'error') return void response.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"model crashed while decoding"}}');
      if (fake.mode === 'hang') {
        response.on('close', () => {
          if (!response.writableFinished) fake.abandoned++;
        });
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ text: fake.transcript }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
