// `dyad ingest --feed` and `dyad watch` against a real HTTP server on 127.0.0.1: full pages fetched when reachable
// (robots.txt obeyed, the feed's own text otherwise), items never ingested twice, conditional GET between polls.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseFeedList, parseInterval } from '../../src/cli/commands/watch.js';
import { openStore } from '../../src/store/index.js';

const BIN = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-feed-cli-'));
let server: Server;
let base: string;
const hits = new Map<string, number>();
const feedRequests: IncomingHttpHeaders[] = [];
let feedItems = [1, 2];

const page = (n: number) => `<!doctype html><html lang="en"><head><title>Story ${n}</title>
<meta property="og:site_name" content="Harbour News"><meta name="author" content="Ann Writer"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Story ${n}</h1>
<p>Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Monday to discuss security in the region, officials said.</p>
<p>The two leaders signed an agreement on intelligence sharing, the full page of story ${n} says, and pledged to meet again in Tokyo next year.</p>
<p>China criticised the agreement on Tuesday, calling it a threat to stability in East Asia, while the United States welcomed it.</p>
</article><footer>Share this article. Subscribe to our newsletter.</footer></body></html>`;

const rssItem = (n: number, link: string) => `<item><title>Story ${n}</title><link>${link}</link><guid>story-${n}</guid>
<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>
<description>Turkey condemned Israel on Monday over the strikes, the summary of story ${n} says.</description></item>`;

function request(url: string) {
  hits.set(url, (hits.get(url) ?? 0) + 1);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    request(url);
    if (url === '/robots.txt') return res.end('User-agent: *\nDisallow: /private/\n');
    if (url === '/watched.xml') {
      feedRequests.push(req.headers);
      const etag = `"v-${feedItems.join('-')}"`;
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        return res.end();
      }
      res.setHeader('etag', etag);
      res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
      return res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Watched</title>${feedItems.map((n) => rssItem(n, `${base}/story/${n}`)).join('')}</channel></rss>`,
      );
    }
    const m = /^\/(news|private|story)\/(\d+)$/.exec(url);
    if (m && !(m[1] === 'news' && m[2] === '2')) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(page(Number(m[2])));
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function dyad(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (l) => (out += l + '\n'),
    err: (l) => (err += l + '\n'),
    stdin: new PassThrough(),
  });
  return { code, out, err };
}

describe('dyad ingest --feed', () => {
  it('fetches reachable pages, falls back to the feed text, and never ingests an item twice', async () => {
    const feed = join(dir, 'local.rss');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
${rssItem(1, `${base}/news/1`)}${rssItem(2, `${base}/news/2`)}${rssItem(3, `${base}/private/3`)}</channel></rss>`,
    );
    const db = join(dir, 'feed.db');
    const first = await dyad('ingest', '--feed', feed, '--db', db, '--delay', '0');
    expect(first.err).toMatch(/3 new feed items \(1 from their full page\): 3 articles stored/);
    expect(first.err).toMatch(/news\/2 answered HTTP 404.*the feed's own text is used instead/);
    expect(first.err).toMatch(/robots\.txt does not allow .*\/private\/3.*the feed's own text is used instead/);
    expect(first.code).toBe(0);
    expect(hits.get('/private/3')).toBeUndefined();

    const store = await openStore(db);
    try {
      const one = (await store.getArticle('story-1'))!;
      expect(one.article.text).toContain('the full page of story 1 says');
      expect(one.article.text).not.toMatch(/Subscribe|Home/);
      expect(one.article).toMatchObject({
        url: `${base}/news/1`,
        title: 'Story 1',
        published: '2024-05-06',
        site: 'Harbour News',
      });
      expect(one.events.length).toBeGreaterThan(0);
      expect((await store.getArticle('story-2'))!.article.text).toContain('the summary of story 2 says');
      expect((await store.getArticle('story-3'))!.article.text).toContain('the summary of story 3 says');
      expect(await store.markSeen(join(dir, 'local.rss'), ['story-1', 'story-2', 'story-3'])).toEqual([]);
    } finally {
      await store.close();
    }

    const pageHits = hits.get('/news/1');
    const again = await dyad('ingest', '--feed', feed, '--db', db, '--delay', '0');
    expect(again.err).toMatch(/0 new feed items/);
    expect(hits.get('/news/1')).toBe(pageHits);
  });

  it('says what to do with a feed it cannot read', async () => {
    const r = await dyad('ingest', '--feed', join(dir, 'missing.rss'), '--db', join(dir, 'missing.db'));
    expect(r.err).toMatch(/^dyad: cannot read the feed file .*missing\.rss \(no such file\); check the path/m);
    expect(r.code).toBe(1);
  });
});

describe('dyad watch', () => {
  it('polls twice with a conditional GET (304 the second time), and a restart ingests only new items', async () => {
    const list = join(dir, 'feeds.txt');
    writeFileSync(list, `# feeds to watch\n\n${base}/watched.xml  # the harbour feed\n`);
    const db = join(dir, 'watch.db');
    feedItems = [1, 2];
    const first = await dyad('watch', list, '--every', '1s', '--max-polls', '2', '--delay', '0', '--db', db);
    expect(first.code, first.err).toBe(0);
    expect(feedRequests).toHaveLength(2);
    expect(feedRequests[0]['if-none-match']).toBeUndefined();
    expect(feedRequests[1]['if-none-match']).toBe('"v-1-2"');
    expect(first.err).toMatch(/poll 1 .*: 2 new items/);
    expect(first.err).toMatch(/poll 2 .*: 0 new items/);
    expect(first.err).toMatch(/stopped after 2 polls: 2 new items, 2 articles stored/);

    const store = await openStore(db);
    try {
      const [feed] = await store.listFeeds();
      expect(feed).toMatchObject({ url: `${base}/watched.xml`, etag: '"v-1-2"', title: 'Watched', error: null });
      expect((await store.stats()).articles).toBe(2);
    } finally {
      await store.close();
    }

    feedItems = [1, 2, 3];
    const storyHits = hits.get('/story/1');
    const restart = await dyad('watch', list, '--every', '1s', '--max-polls', '1', '--delay', '0', '--db', db);
    expect(restart.err).toMatch(/stopped after 1 poll: 1 new items, 1 articles stored/);
    expect(feedRequests[2]['if-none-match']).toBe('"v-1-2"');
    expect(hits.get('/story/1')).toBe(storyHits);
    expect(hits.get('/story/3')).toBe(1);
  });

  it('stops cleanly on SIGTERM while waiting for the next poll (built CLI as a child process)', async () => {
    const list = join(dir, 'feeds-term.txt');
    writeFileSync(list, `${base}/watched.xml\n`);
    const child = spawn(
      process.execPath,
      [BIN, 'watch', list, '--every', '1h', '--delay', '0', '--db', join(dir, 'term.db')],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (d) => {
        err += d;
        if (/poll 1 /.test(err)) resolve();
      }),
    );
    child.kill('SIGTERM');
    expect(await closed).toBe(0);
    expect(err).toMatch(/stopping after the current item[\s\S]*stopped after 1 poll: 3 new items, 3 articles stored/);
  });

  it('reads intervals and feed lists, and refuses bad ones', async () => {
    expect([parseInterval('30s'), parseInterval('15m'), parseInterval('1h'), parseInterval('250ms')]).toEqual([
      30_000, 900_000, 3_600_000, 250,
    ]);
    expect(() => parseInterval('soon')).toThrow(/^dyad: --every must be a duration such as 30s, 15m or 1h/);
    expect(parseFeedList('# c\nhttps://a.example/rss#top\n  https://b.example/feed  # b\n\n')).toEqual([
      'https://a.example/rss#top',
      'https://b.example/feed',
    ]);
    const r = await dyad('watch', join(dir, 'nope.txt'), '--db', join(dir, 'x.db'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dyad: cannot read the feed list .*nope\.txt/);
  });
});
