// Refuses a request whose Host is not this server's (DNS rebinding: a web page on an attacker's
// domain re-points that domain at 127.0.0.1 and then talks to the server as a "same-origin"
// page; its requests still carry the attacker's host name). Accepted: the host of --public-url,
// and the loopback names with the port the server listens on. Runs before everything, static
// files included.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '#store';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** The Host values this server answers to (lower case, `name:port`; a default port is left out). */
function allowedHosts(publicUrl: string | null, port: number): string[] {
  const loopback = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  return publicUrl ? [new URL(publicUrl).host.toLowerCase(), ...loopback] : loopback;
}

export function registerHostCheck(app: FastifyInstance): void {
  let allowed: Set<string> | undefined;
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!allowed) {
      // Known once listening (the port may have been 0).
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      allowed = new Set(allowedHosts(app.config.publicUrl, port));
    }
    // request.host is the Host header, or X-Forwarded-Host behind a trusted proxy.
    const host = (request.host ?? '').toLowerCase();
    if (!allowed.has(host)) {
      const [first] = allowed;
      throw new AppError(
        'wrong_host',
        `This server answers only as ${[...allowed].join(', ')}; a request naming another host is refused (it is how a DNS-rebinding attack looks). Open http${app.config.publicUrl?.startsWith('https') ? 's' : ''}://${first} instead, or start the server with --public-url set to the address people use.`,
      );
    }
  });
}
