// A stand-in for the user's own model server: real HTTP on 127.0.0.1, speaking the OpenAI
// chat-completions protocol (JSON, and server-sent events when `stream` is true). Each test says
// how it answers; every request it received is kept, to check what left Afterword.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface FakeModelRequest {
  model: string;
  stream: boolean;
  messages: Array<{ role: string; content: string }>;
  authorization: string | undefined;
}

export interface FakeAnswer {
  /** The reply text; given the section text the request carried (after "Section: ...\n\n"). */
  text?: (sectionText: string, request: FakeModelRequest) => string;
  status?: number;
  /** Wait this long before answering (a slow server). */
  delayMs?: number;
}

export interface FakeModelServer {
  /** The API root to configure: http://127.0.0.1:PORT/v1 */
  baseUrl: string;
  requests: FakeModelRequest[];
  answer: FakeAnswer;
  close(): Promise<void>;
}

export async function startFakeModelServer(answer: FakeAnswer = {}): Promise<FakeModelServer> {
  const state: FakeModelServer = { baseUrl: '', requests: [], answer, close: async () => {} };
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw) as { model: string; stream?: boolean; messages: FakeModelRequest['messages'] };
    const request: FakeModelRequest = { model: body.model, stream: body.stream === true, messages: body.messages, authorization: req.headers.authorization };
    state.requests.push(request);
    const { text = (t) => t, status = 200, delayMs = 0 } = state.answer;
    if (delayMs) await new Promise<void>((resolve) => timers.add(setTimeout(resolve, delayMs)));
    if (res.destroyed) return;
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'model crashed', type: 'server_error' } }));
      return;
    }
    const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
    const reply = text(user.slice(user.indexOf('\n\n') + 2), request);
    const id = `chatcmpl-${state.requests.length}`;
    if (!request.stream) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({ id, object: 'chat.completion', created: 0, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }] }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const chunk = (delta: object, finish: string | null) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '' }, null));
    for (let i = 0; i < reply.length; i += 7) res.write(chunk({ content: reply.slice(i, i + 7) }, null));
    res.write(chunk({}, 'stop'));
    res.end('data: [DONE]\n\n');
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = async () => {
    for (const t of timers) clearTimeout(t);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}
