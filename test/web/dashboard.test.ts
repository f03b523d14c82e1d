/**
 * End-to-end tests of the dashboard in headless Chromium (playwright-core): a real server on 127.0.0.1 over a real
 * SQLite store, the built page, and the real coder behind `POST /articles`. Screenshots go to test-artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputs } from '../../src/cli/ingest-run.js';
import { createDyad } from '../../src/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { ALERT_WEEK, dyadSeries } from './fixtures.js';
import { CHROMIUM, CHROMIUM_ARGS, ensureWebBuild, REPO, startServer } from './server.js';

const ARTIFACTS = join(REPO, 'test-artifacts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `dyad: skipping the dashboard's browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set DYAD_CHROMIUM)`,
  );

describe.skipIf(!hasChromium)('dashboard in Chromium', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuild();
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    store = await openStore(join(dir, 'web.db'));
    await store.saveBatch(dyadSeries());
    await ingestInputs([join(REPO, 'demo/articles.jsonl')], createDyad(), store, {});
    ({ app, url } = await startServer(store));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(
    hash = '',
    options: { width?: number; height?: number; bypassCSP?: boolean } = {},
  ): Promise<{ page: Page; errors: string[]; ms: number }> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      bypassCSP: options.bypassCSP,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // Works offline: nothing is fetched from anywhere but this server (no tiles, fonts or CDNs).
    page.on(
      'request',
      (r) => !r.url().startsWith(url) && !r.url().startsWith('data:') && errors.push(`external request ${r.url()}`),
    );
    const t = performance.now();
    await page.goto(url + hash);
    return { page, errors, ms: performance.now() - t };
  }

  it('loads the event table and opens an evidence row', async () => {
    const t = performance.now();
    const { page, errors } = await open();
    await page.locator('tr.event-row').first().waitFor();
    const loadMs = performance.now() - t;
    console.log(`dashboard: first table rows after ${loadMs.toFixed(0)} ms`);
    await expect.poll(() => page.getByTestId('stats').textContent()).toMatch(/events · \d+ articles/);
    expect(await page.locator('tr.event-row').count()).toBe(50);
    // Filter by words in the evidence: the URL follows, the table follows the URL.
    await page.getByLabel('Words in evidence').fill('Khasanvale');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('q=Khasanvale');
    await expect.poll(() => page.locator('tr.event-row').count()).toBe(8);
    await page.locator('tr.event-row').first().click();
    const detail = page.locator('.detail').first();
    await expect.poll(() => detail.locator('blockquote mark.hl-trigger').textContent()).toBe('shelled');
    expect(await detail.locator('blockquote mark.hl-source').textContent()).toBe('Russian troops');
    expect(await detail.locator('blockquote mark.hl-target').textContent()).toBe('North Korean border posts');
    await expect.poll(() => detail.locator('.article-title').textContent()).toMatch(/^Wire report alert-\d$/);
    expect(await detail.locator('.article-title').getAttribute('href')).toMatch(/^https:\/\/news\.example\/alert-\d$/);
    expect(await detail.locator('code.rule').textContent()).toBe('pattern:190/test');
    await page.screenshot({ path: join(ARTIFACTS, 'table-evidence.png'), fullPage: true });
    // A shared link restores the same view.
    const shared = await open(await page.evaluate(() => location.hash));
    await expect.poll(() => shared.page.locator('tr.event-row').count()).toBe(8);
    expect(await shared.page.getByLabel('Words in evidence').inputValue()).toBe('Khasanvale');
    expect([...errors, ...shared.errors]).toEqual([]);
  });

  it('picks a dyad, draws its timeline with the alert, and lists the events of a week', async () => {
    const { page, errors } = await open();
    await page.getByRole('link', { name: 'Dyad timeline' }).click();
    await page.locator('#actor-a').fill('rus');
    await page.locator('li[data-code="RUSGOV"]').click();
    await page.locator('#actor-b').fill('North');
    await page.locator('li[data-code="PRKGOV"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/timeline?a=RUSGOV&b=PRKGOV');
    const chart = page.getByTestId('timeline-chart');
    await chart.locator('canvas').waitFor();
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/Events per week by quad class, \d+ periods/);
    await expect.poll(() => page.locator('.alerts li').count()).toBeGreaterThan(0);
    expect(await page.locator('.alerts li').first().textContent()).toContain(`week of ${ALERT_WEEK}`);
    await page.screenshot({ path: join(ARTIFACTS, 'timeline.png'), fullPage: true });
    // Click inside the chart: a week is picked and its events are listed.
    const box = (await chart.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.6);
    await page.locator('.week-events h2').waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/period=\d{4}-\d{2}-\d{2}/);
    // The alert link lists the escalation week's events.
    await page.locator('.alerts li a').first().click();
    await expect.poll(() => page.locator('.week-events h2').textContent()).toContain(ALERT_WEEK);
    // The 8 shellings and the week's 3 visits.
    await expect.poll(() => page.locator('.week-events tr.event-row').count()).toBe(11);
    await page.locator('.week-events tr.event-row').first().click();
    await page.locator('.week-events mark.hl-trigger').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'timeline-week.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('draws the network and opens a dyad from an edge', async () => {
    const { page, errors } = await open('#/network');
    await expect
      .poll(() => page.getByTestId('network').getAttribute('aria-label'))
      .toMatch(/Network of \d+ actors and \d+ dyads/);
    const first = page.getByTestId('edge-table').locator('tbody a').first();
    expect(await first.textContent()).toBe('RUSGOV → PRKGOV');
    await page.screenshot({ path: join(ARTIFACTS, 'network.png'), fullPage: true });
    await first.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/timeline?a=RUSGOV&b=PRKGOV&directed=true');
    await page.getByTestId('timeline-chart').locator('canvas').waitFor();
    expect(errors).toEqual([]);
  });

  it('places events on the map', async () => {
    const { page, errors } = await open('#/map');
    await expect.poll(() => page.locator('.map-view .hint').textContent()).toMatch(/^\d+ located events/);
    await page.getByTestId('map').locator('canvas').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, 'map.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('codes a pasted article and shows its events', async () => {
    const { page, errors } = await open('#/ingest');
    await page
      .getByLabel('Article text')
      .fill('Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.');
    await page.getByLabel('Published (optional)').fill('2024-06-19');
    await page.getByLabel('Title (optional)').fill('Putin in Pyongyang');
    await page.getByRole('button', { name: 'Code and store' }).click();
    const result = page.getByTestId('ingest-result');
    await expect.poll(() => result.locator('p strong').textContent()).toMatch(/: inserted$/);
    expect(await result.locator('tr.event-row').count()).toBeGreaterThan(0);
    await result.locator('tr.event-row').first().click();
    await result.locator('mark.hl-trigger').first().waitFor();
    await expect.poll(() => result.locator('.article-title').textContent()).toBe('Putin in Pyongyang');
    await page.screenshot({ path: join(ARTIFACTS, 'ingest.png'), fullPage: true });
    // The stored events are in the table.
    await result.getByRole('link', { name: 'open in the event table' }).click();
    await expect.poll(() => page.locator('tr.event-row').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('shows markup in an ingested article as text and runs none of it', async () => {
    // CSP is bypassed so the test checks the rendering itself, not the second wall.
    const { page } = await open('#/ingest', { bypassCSP: true });
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    const evil = `Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang <img src=x onerror="top['__xss']=1;alert(1)"> on <b>Wednesday</b> <script>top['__xss']=2;alert(2)</script>.`;
    await page.getByLabel('Article text').fill(evil);
    await page.getByLabel('Title (optional)').fill('<img src=x onerror="top[\'__xss\']=3;alert(3)">Summit');
    await page.getByRole('button', { name: 'Code and store' }).click();
    const result = page.getByTestId('ingest-result');
    await expect.poll(() => result.locator('p strong').textContent()).toMatch(/: inserted$/);
    expect(await result.locator('tr.event-row').count()).toBeGreaterThan(0);
    await result.locator('tr.event-row').first().click();
    await expect.poll(() => result.locator('.article-title').textContent()).toContain('<img src=x onerror=');
    const evidence = await result.locator('blockquote.evidence').first().textContent();
    expect(evidence).toContain(`<img src=x onerror="top['__xss']=1;alert(1)">`);
    // Also in the table, where the snippet and the expanded row show it.
    await page.goto(url + '#/table?q=Pyongyang%20Wednesday');
    await page.locator('tr.event-row').first().click();
    await page.locator('.detail .article-title').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, 'xss.png'), fullPage: true });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img, script:not([src]), b').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('is readable on a phone', async () => {
    const { page, errors } = await open('#/table?actor=RUSGOV', { width: 390, height: 844 });
    await page.locator('tr.event-row').first().click();
    await page.locator('.detail mark.hl-trigger').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-table.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
