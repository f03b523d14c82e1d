/**
 * A real dyad server for the browser tests and the benchmark: fastify on 127.0.0.1 (port 0) over a SQLite store,
 * `POST /articles` wired to the real coder (`createCoder`), and the built dashboard served at `/`.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { createCoder } from '../../src/api/coder.js';
import type { Coder } from '../../src/api/routes.js';
import { registerWeb } from '../../src/api/web.js';
import { createDyad } from '../../src/index.js';
import type { Store } from '../../src/store/types.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));
export const CHROMIUM = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Builds the dashboard when `dist/web/index.html` is missing (a bare `vitest run` without `npm run build`). */
export function ensureWebBuild(): void {
  if (existsSync(WEB_ROOT + 'index.html')) return;
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/web/app/vite.config.ts', '--logLevel', 'warn'],
    { cwd: REPO, stdio: 'inherit' },
  );
}

let coder: Coder | undefined;

/** The real coder behind `POST /articles` (createCoder over createDyad), built once. */
export function realCoder(): Coder {
  return (coder ??= createCoder(createDyad()));
}

/** Starts a server on 127.0.0.1 with the dashboard; returns its base URL. */
export async function startServer(
  store: Store,
  code: Coder | undefined = realCoder(),
): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildServer({ store, code, logger: false, host: '127.0.0.1' });
  await registerWeb(app, { root: WEB_ROOT });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: address + '/' };
}
