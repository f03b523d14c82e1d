import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import type { Store } from '../store/types.js';
import { writeGuard } from './auth.js';
import { ResponseCache } from './cache.js';
import { errorHandler, parseInput } from './errors.js';
import { openApiDocument } from './openapi.js';
import { ROUTES, type Coder, type RouteContext } from './routes.js';

const EMPTY = z.object({}).strict();

/** Options for {@link buildServer}. */
export interface ServerOptions {
  store: Store;
  /** Codes an article for `POST /articles`; without it the server is read-only (501 on writes). */
  code?: Coder;
  /** API token: when set, writes need `Authorization: Bearer <token>`. Without it, writes work only on loopback. */
  token?: string;
  /** The address the server will listen on (default 127.0.0.1); decides whether writes need a token. */
  host?: string;
  /** CORS: off by default; `true` allows any origin, or list the allowed origins. */
  cors?: boolean | string[];
  /** Largest request body in bytes (default 5 MB). */
  bodyLimit?: number;
  /** fastify's (pino) logger: `false` for quiet (tests), `true` or pino options (default `{ level: 'info' }`). */
  logger?: FastifyServerOptions['logger'];
  /**
   * How long the answers of aggregate routes (`/timeline`, `/network`, `/alerts`, `/top/*`, `/counts/codes`, `/stats`)
   * are kept, in ms (default 5000; 0 turns the cache off). Keyed by route and normalised query; cleared by this
   * server's own writes, so only writes by another process can take this long to show.
   */
  cacheTtlMs?: number;
}

/**
 * Builds dyad's HTTP API (not yet listening: call `listen({ host, port })` on the result, or `inject` in tests).
 * JSON in and out; every query, path and body is validated with zod, and a bad or unknown parameter is a 400 that
 * names it. `GET /openapi.json` describes every route.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? '127.0.0.1';
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    bodyLimit: options.bodyLimit ?? 5 * 1024 * 1024,
    routerOptions: { maxParamLength: 2000 },
  });
  if (options.cors) await app.register(cors, { origin: options.cors === true ? true : options.cors });
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: `dyad: no route ${request.method} ${request.url.split('?')[0]}; see /openapi.json` });
  });
  const ctx: RouteContext = { store: options.store, code: options.code, guardWrite: writeGuard(options.token, host) };
  const cache = new ResponseCache(options.cacheTtlMs ?? 5000);
  const document = openApiDocument(ROUTES);
  app.get('/openapi.json', async () => document);
  for (const route of ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        if (route.write) ctx.guardWrite(request);
        const input = {
          query: route.query
            ? parseInput(route.query, request.query, 'query')
            : parseInput(EMPTY, request.query, 'query'),
          params: route.params ? parseInput(route.params, request.params, 'path') : {},
          body: route.body ? parseInput(route.body, request.body, 'body') : undefined,
        };
        if (route.write) {
          try {
            return await route.handler(ctx, input, reply);
          } finally {
            cache.clear();
          }
        }
        if (!route.cached || cache.ttlMs <= 0) return route.handler(ctx, input, reply);
        const { value, hit } = cache.get(ResponseCache.key(route.url, input.query), () =>
          route.handler(ctx, input, reply),
        );
        reply.header('x-dyad-cache', hit ? 'hit' : 'miss');
        return value;
      },
    });
  }
  return app;
}
