// One call to an OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp's server, LM
// Studio, vLLM, a hosted service), streamed (server-sent events) or not, within a time budget.
import { ModelError } from './model-error.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatCompletionOptions {
  /** The API root, e.g. http://127.0.0.1:11434/v1; `/chat/completions` is appended. */
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
  messages: ChatMessage[];
  stream: boolean;
  /** The whole call, connection to last token, is stopped after this. */
  timeoutMs: number;
}

/** A reply larger than this is no rewrite of a note section. */
const MAX_REPLY_CHARS = 100_000;

/**
 * Sends the messages and returns the model's reply text.
 *
 * @example
 * const text = await chatCompletion({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', messages, stream: true, timeoutMs: 60_000 });
 */
export async function chatCompletion(options: ChatCompletionOptions): Promise<string> {
  const { baseUrl, model, apiKey, messages, stream, timeoutMs } = options;
  const seconds = (timeoutMs / 1000).toLocaleString('en-US');
  const signal = AbortSignal.timeout(timeoutMs);
  const url = `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: stream ? 'text/event-stream' : 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify({ model, messages, stream, temperature: 0 }),
      signal,
      redirect: 'error',
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new ModelError('http', `Your model's server answered with an error (HTTP ${response.status}). Check that it is running and that the model name and key in Settings are right.`);
    }
    return stream ? await readStream(response) : readJson(await response.json());
  } catch (e) {
    if (e instanceof ModelError) throw e;
    if (signal.aborted) throw new ModelError('timeout', `Your model did not finish within ${seconds} s and was stopped. Try a smaller model, or raise the time limit in Settings.`);
    if (e instanceof SyntaxError) throw new ModelError('protocol', "Your model's server did not answer in the OpenAI chat-completions format.");
    throw new ModelError('unreachable', "Your model's server could not be reached. Check the address in Settings and that the server is running.");
  }
}

function readJson(body: unknown): string {
  const content = (body as { choices?: Array<{ message?: { content?: unknown } }> })?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new ModelError('protocol', "Your model's server did not answer in the OpenAI chat-completions format.");
  if (content.length > MAX_REPLY_CHARS) throw new ModelError('too_large', "Your model's reply was far longer than the draft and was discarded.");
  return content;
}

/** Reads server-sent events: `data: {json}` lines carrying `choices[0].delta.content`, ended by `data: [DONE]`. */
async function readStream(response: Response): Promise<string> {
  if (!response.body) throw new ModelError('protocol', "Your model's server sent an empty stream.");
  const decoder = new TextDecoder();
  let buffer = '';
  let text = '';
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffer += decoder.decode(chunk.value, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') {
        await reader.cancel();
        return text;
      }
      const delta = (JSON.parse(data) as { choices?: Array<{ delta?: { content?: unknown } }> }).choices?.[0]?.delta?.content;
      if (typeof delta === 'string') text += delta;
      if (text.length > MAX_REPLY_CHARS) throw new ModelError('too_large', "Your model's reply was far longer than the draft and was discarded.");
    }
  }
  // A stream that ends without [DONE] was cut off: what arrived may be half a sentence.
  throw new ModelError('protocol', "Your model's server ended the stream before the reply was complete.");
}
