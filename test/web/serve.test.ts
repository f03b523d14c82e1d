import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { registerWeb } from '../../src/api/web.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { ensureWebBuild, WEB_ROOT } from './server.js';

describe('registerWeb', () => {
  let store: Store;
  beforeAll(async () => {
    ensureWebBuild();
    store = await openStore(':memory:');
  }, 120_000);
  afterAll(() => store.close());

  it('serves the page at / with a CSP, hashed assets cached for a year, and leaves the API as it was', async () => {
    const app = await buildServer({ store, logger: false });
    await registerWeb(app, { root: WEB_ROOT });
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.body)![1];
    const js = await app.inject({ url: '/' + asset });
    expect([js.statusCode, js.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect((await app.inject({ url: '/stats' })).json()).toMatchObject({ events: 0 });
    const missing = await app.inject({ url: '/nope' });
    expect([missing.statusCode, missing.json().error]).toEqual([404, 'dyad: no route GET /nope; see /openapi.json']);
    expect((await app.inject({ url: '/../package.json' })).statusCode).toBe(404);
    await app.close();
  });

  it('says how to build the page when it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-noweb-'));
    const app = await buildServer({ store, logger: false });
    await registerWeb(app, { root: dir });
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toMatch(/^dyad: the dashboard is not built .*npm run build/);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
