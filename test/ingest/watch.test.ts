import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../src/ingest/fetch.js';
import { pollFeeds, readWatchState, watchFeeds } from '../../src/ingest/watch.js';

const item = (n: number) =>
  `<item><title>Story ${n}</title><link>https://w.example/${n}</link><guid>story-${n}</guid><description>Story number ${n} about the harbour talks.</description></item>`;
let items = [1, 2];
let requests = 0;
let server: Server;
let feedUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') return res.end('User-agent: *\nAllow: /\n');
    if (req.url === '/broken') return res.end('<rss><channel><item>');
    requests++;
    const etag = `"${items.join('-')}"`;
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      return res.end();
    }
    res.setHeader('etag', etag);
    res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>${items.map(item).join('')}</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('pollFeeds', () => {
  it('hands each item over once, across restarts, and uses conditional GET', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'dyad-watch-')), 'state.json');
    const got: string[] = [];
    const opts = () => ({
      statePath,
      fetcher: new Fetcher({ minIntervalMs: 0 }),
      onArticle: (a: { id: string }) => void got.push(a.id),
    });
    expect(await pollFeeds([feedUrl], opts())).toBe(2);
    expect(await pollFeeds([feedUrl], opts())).toBe(0);
    items = [1, 2, 3];
    expect(await pollFeeds([feedUrl], opts())).toBe(1);
    expect(got).toEqual(['story-1', 'story-2', 'story-3']);
    expect(readWatchState(statePath).feeds[feedUrl]).toMatchObject({
      seen: ['story-1', 'story-2', 'story-3'],
      etag: '"1-2-3"',
    });
  });

  it('does not remember an item whose handler failed', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'dyad-watch-')), 'state.json');
    items = [7, 8];
    const fetcher = new Fetcher({ minIntervalMs: 0 });
    await expect(
      pollFeeds([feedUrl], {
        statePath,
        fetcher,
        onArticle: (a) => {
          if (a.id === 'story-8') throw new Error('db down');
        },
      }),
    ).rejects.toThrow('db down');
    const got: string[] = [];
    await pollFeeds([feedUrl], { statePath, fetcher, onArticle: (a) => void got.push(a.id) });
    expect(got).toEqual(['story-8']);
  });

  it('reports a broken feed and goes on', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'dyad-watch-')), 'state.json');
    const errors: string[] = [];
    items = [1];
    const n = await pollFeeds([feedUrl.replace('/feed.xml', '/broken'), feedUrl], {
      statePath,
      fetcher: new Fetcher({ minIntervalMs: 0 }),
      onArticle: () => {},
      onError: (_u, e) => errors.push(e.message),
    });
    expect(n).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/^dyad: the feed .* is not well-formed XML/)]);
  });

  it('refuses a corrupt state file with a clear message', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'dyad-watch-')), 'state.json');
    writeFileSync(statePath, '{not json');
    await expect(pollFeeds([feedUrl], { statePath, onArticle: () => {} })).rejects.toThrow(
      /^dyad: the watch state file .* is not valid/,
    );
    expect(readFileSync(statePath, 'utf8')).toBe('{not json');
  });
});

describe('watchFeeds', () => {
  it('polls until aborted', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'dyad-watch-')), 'state.json');
    items = [1];
    const controller = new AbortController();
    const before = requests;
    setTimeout(() => controller.abort(), 250);
    await watchFeeds([feedUrl], {
      statePath,
      every: 50,
      signal: controller.signal,
      fetcher: new Fetcher({ minIntervalMs: 0 }),
      onArticle: () => {},
    });
    expect(requests - before).toBeGreaterThanOrEqual(3);
  });
});
