import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Guards write routes. With a token, every write must send `Authorization: Bearer <token>`. Without one, writes are
 * allowed only when the server listens on loopback.
 */
export function writeGuard(token: string | undefined, host: string): (request: FastifyRequest) => void {
  return (request) => {
    if (!token) {
      if (isLoopback(host)) return;
      throw new HttpError(
        403,
        `dyad: writes are off: this server listens on ${host} without a token; restart it with a token (--token or DYAD_TOKEN)`,
      );
    }
    const header = request.headers.authorization ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? '';
    if (!given || !timingSafeEqual(digest(given), digest(token))) {
      throw new HttpError(401, 'dyad: this write needs the API token: send Authorization: Bearer <token>');
    }
  };
}
