// The logging helper writes ids and codes, and its types refuse decrypted clinical text: each
// `@ts-expect-error` below fails the type check (`tsc`, run before the tests and by `npm run lint`)
// the day a ClinicalText can be passed where a line is logged or an error message is made.
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { expect, it } from 'vitest';
import { AppError, type ClinicalText } from '#store';
import { createLoggerOptions } from '../../../src/server/logging/create-logger-options.ts';
import { logEvent } from '../../../src/server/logging/log-event.ts';

function collectingLogger(): { lines: () => string; app: ReturnType<typeof Fastify> } {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { lines: () => text, app: Fastify({ logger: createLoggerOptions({ level: 'debug', stream }) }) };
}

it('logs the message, the fields and an error reduced to its type', async () => {
  const { app, lines } = collectingLogger();
  await app.ready();
  logEvent(app.log, { level: 'info', message: 'request refused', fields: { code: 'not_found', noteId: 'n-1', attempts: 2 } });
  logEvent(app.log, { level: 'error', message: 'request failed', err: new Error('Client said something private') });
  const [refused, failed] = lines().trim().split('\n').map((l) => JSON.parse(l));
  expect(refused).toMatchObject({ level: 30, msg: 'request refused', code: 'not_found', noteId: 'n-1', attempts: 2 });
  expect(failed).toMatchObject({ level: 50, msg: 'request failed', err: { type: 'Error', message: '(message omitted)' } });
  expect(lines()).not.toContain('private');
  await app.close();
});

it('refuses decrypted clinical text at compile time, in the logger and in error messages', async () => {
  const { app } = collectingLogger();
  await app.ready();
  const summary = 'Client described nightmares.' as ClinicalText;
  const plain: string = 'note n-1';

  // @ts-expect-error a ClinicalText is not a log message
  logEvent(app.log, { level: 'info', message: summary });
  // @ts-expect-error nor a log field
  logEvent(app.log, { level: 'info', message: 'saved', fields: { summary } });
  // @ts-expect-error nor a field that may be one
  logEvent(app.log, { level: 'info', message: 'saved', fields: { summary: Math.random() > 2 ? summary : null } });
  // @ts-expect-error nor an error message
  expect(() => new AppError('bad_request', summary)).toBeDefined();

  // Plain strings, literals and templates pass.
  logEvent(app.log, { level: 'info', message: `saved ${plain}`, fields: { id: plain } });
  expect(new AppError('not_found', `Note ${plain} not found`).message).toBe('Note note n-1 not found');
  await app.close();
});
