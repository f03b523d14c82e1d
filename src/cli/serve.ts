import type { FastifyInstance } from 'fastify';
import { buildServer } from '../api/server.js';
import { createCoder } from '../api/coder.js';
import { registerWeb } from '../api/web.js';
import type { Dyad } from '../index.js';
import type { Store } from '../store/index.js';
import { UsageError } from './command.js';

/** Starts the HTTP API and the dashboard on `host:port`; resolves to the listening server and its URL. */
export async function startServer(
  store: Store,
  dyad: Dyad,
  opts: { host: string; port: number; token?: string; logger?: boolean },
): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer({
    store,
    code: createCoder(dyad),
    token: opts.token,
    host: opts.host,
    logger: opts.logger === false ? false : { level: 'warn' },
  });
  await registerWeb(app);
  try {
    await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`dyad: port ${opts.port} is in use; pick another with --port.`);
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return { app, url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}/` };
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** Reads a port number option. */
export function portOption(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(`dyad: --port must be a number from 0 to 65535, got "${String(value)}".`);
  return n;
}
