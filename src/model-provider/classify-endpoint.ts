// Where a model endpoint is: on this machine, on a private network, or outside. Only the URL is
// read (no DNS lookup): a host name other than localhost counts as outside, because where it
// resolves can change.
import { isIP } from 'node:net';

export type EndpointReach = 'loopback' | 'private' | 'outside';

/**
 * @example classifyEndpoint('http://127.0.0.1:11434/v1'); // 'loopback'
 */
export function classifyEndpoint(baseUrl: string): EndpointReach {
  const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  const version = isIP(host);
  if (version === 4) {
    const [a = 0, b = 0] = host.split('.').map(Number);
    if (a === 127) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return 'private';
    return 'outside';
  }
  if (version === 6) {
    if (host === '::1') return 'loopback';
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
    if (mapped) return classifyEndpoint(`http://${mapped[1]}/`);
    if (/^f[cd]/.test(host) || /^fe[89ab]/.test(host)) return 'private';
    return 'outside';
  }
  return 'outside';
}
