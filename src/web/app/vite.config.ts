import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Builds the dashboard into `dist/web/` (served at `/` by `registerWeb` in `src/api/web.ts`).
 * `npm run build` runs it after tsc; `npx vite --config src/web/app/vite.config.ts` serves it live, with the API
 * proxied to `DYAD_API` (default http://127.0.0.1:8080).
 */
const api = process.env.DYAD_API ?? 'http://127.0.0.1:8080';
const routes = [
  '/events',
  '/timeline',
  '/network',
  '/alerts',
  '/actors',
  '/articles',
  '/clusters',
  '/stats',
  '/top',
  '/counts',
  '/openapi.json',
];

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  build: {
    outDir: here('../../../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: Object.fromEntries(routes.map((r) => [r, api])) },
});
