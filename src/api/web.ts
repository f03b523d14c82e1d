import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` puts the dashboard (`vite build` of `src/web/app`): `dist/web/`. */
export const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));

/** Options for {@link registerWeb}. */
export interface WebOptions {
  /** The built dashboard's folder (default {@link WEB_ROOT}). */
  root?: string;
}

/**
 * The page's Content-Security-Policy: scripts, styles, data and fonts from this server only; no plugins, no framing.
 * Article text is rendered as text nodes anyway; this is a second wall should a bug ever let markup through.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Serves the dashboard at `/` with @fastify/static: `index.html` (never cached, with a CSP) and the hashed files under
 * `/assets/` (cached for a year). Only the files present at registration are routed (`wildcard: false`), so the API's
 * routes and its JSON 404 stay as they are. When the build is missing, `/` says how to make it.
 *
 * ```ts
 * const app = await buildServer({ store });
 * await registerWeb(app, { root: WEB_ROOT });
 * ```
 */
export async function registerWeb(app: FastifyInstance, options: WebOptions = {}): Promise<void> {
  const root = options.root ?? WEB_ROOT;
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          `dyad: the dashboard is not built (no ${join(root, 'index.html')}); run \`npm run build\` and restart. The API is at /openapi.json.\n`,
        ),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    serveDotFiles: false,
    cacheControl: false,
    setHeaders(res, path) {
      if (/[\\/]assets[\\/]/.test(path)) {
        res.header('cache-control', 'public, max-age=31536000, immutable');
      } else {
        res.header('cache-control', 'no-cache');
        res.header('content-security-policy', CSP);
      }
      res.header('x-content-type-options', 'nosniff');
      res.header('referrer-policy', 'no-referrer');
    },
  });
}
