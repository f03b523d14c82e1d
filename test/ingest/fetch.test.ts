import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, Fetcher } from '../../src/ingest/fetch.js';
import { parseRobots, robotsAllows } from '../../src/ingest/robots.js';

const seen: { path: string; ua?: string; at: number; headers: IncomingMessage['headers'] }[] = [];
let server: Server;
let base: string;

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/robots.txt': (_req, res) =>
    res.end('User-agent: *\nDisallow: /private\nAllow: /private/open\n\nUser-agent: otherbot\nDisallow: /\n'),
  '/page': (_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<html><body><p>Grüße aus Valdmark</p></body></html>');
  },
  '/latin1-header': (_req, res) => {
    res.setHeader('content-type', 'text/html; charset=ISO-8859-1');
    res.end(Buffer.from('<p>Caf\xe9 du port</p>', 'latin1'));
  },
  '/latin1-meta': (_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(
      Buffer.from(
        '<html><head><meta charset="windows-1252"></head><body><p>\x93Caf\xe9\x94</p></body></html>',
        'latin1',
      ),
    );
  },
  '/gzip': (_req, res) => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync(Buffer.from('compressed body')));
  },
  '/etag': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('etag', '"v1"');
    res.setHeader('last-modified', 'Tue, 05 Mar 2024 10:00:00 GMT');
    res.end('fresh');
  },
  '/redirect': (_req, res) => {
    res.statusCode = 302;
    res.setHeader('location', '/page');
    res.end();
  },
  '/loop': (_req, res) => {
    res.statusCode = 301;
    res.setHeader('location', '/loop');
    res.end();
  },
  '/big': (_req, res) => {
    res.setHeader('content-type', 'text/plain');
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const push = () => {
      while (sent < 40 && res.write(chunk)) sent++;
      if (sent < 40) res.once('drain', push);
      else res.end();
    };
    push();
  },
  '/slow': (_req, res) => {
    setTimeout(() => res.end('late'), 2_000);
  },
  '/missing': (_req, res) => {
    res.statusCode = 404;
    res.end('not here');
  },
  '/binary': (_req, res) => {
    res.setHeader('content-type', 'application/octet-stream');
    res.end(Buffer.from([0, 1, 2, 3, 0, 0]));
  },
  '/private/secret': (_req, res) => res.end('secret'),
  '/private/open/ok': (_req, res) => res.end('open'),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', ua: req.headers['user-agent'], at: Date.now(), headers: req.headers });
    (routes[(req.url ?? '').split('?')[0]] ?? routes['/missing'])(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetcher = () => new Fetcher({ minIntervalMs: 0, timeoutMs: 1_000, maxBytes: 1_000_000 });

describe('Fetcher', () => {
  it.each([
    ['/page', 'Grüße aus Valdmark', 'utf-8'],
    ['/latin1-header', 'Café du port', 'windows-1252'],
    ['/latin1-meta', '“Café”', 'windows-1252'],
    ['/gzip', 'compressed body', 'utf-8'],
  ])('fetches %s and decodes it', async (path, snippet, charset) => {
    const page = await fetcher().fetch(base + path);
    expect(page.text).toContain(snippet);
    expect(page.charset).toBe(charset);
    expect(page.notModified).toBe(false);
  });

  it('sends the dyad user agent', async () => {
    await fetcher().fetch(`${base}/page?ua`);
    expect(seen.find((s) => s.path === '/page?ua')?.ua).toBe('dyad/0.1');
  });

  it('follows a redirect and reports the final URL', async () => {
    const page = await fetcher().fetch(`${base}/redirect`);
    expect(page.url).toBe(`${base}/page`);
    expect(page.text).toContain('Valdmark');
  });

  it('supports conditional GET with an ETag', async () => {
    const f = fetcher();
    const first = await f.fetch(`${base}/etag`);
    expect(first).toMatchObject({ text: 'fresh', etag: '"v1"', lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT' });
    const second = await f.fetch(`${base}/etag`, { etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 304, notModified: true, text: '' });
    expect(seen.filter((s) => s.path === '/etag').at(-1)?.headers['if-modified-since']).toBe(
      'Tue, 05 Mar 2024 10:00:00 GMT',
    );
  });

  it.each([
    ['/loop', /redirected more than 5 times/],
    ['/big', /more than 1000000 bytes/],
    ['/slow', /did not answer within 1000 ms/],
    ['/missing', /answered HTTP 404/],
    ['/binary', /binary content/],
    ['/private/secret', /robots\.txt does not allow dyad\/0\.1/],
  ])('fails on %s with a clear error', async (path, message) => {
    const error = await fetcher()
      .fetch(base + path)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as Error).message).toMatch(/^dyad: /);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects a URL that is not http(s)', async () => {
    await expect(fetcher().fetch('file:///etc/passwd')).rejects.toThrow(/not an http\(s\) URL/);
  });

  it('allows a path robots.txt explicitly allows, and fetches robots.txt once per host', async () => {
    const before = seen.filter((s) => s.path === '/robots.txt').length;
    const f = fetcher();
    expect((await f.fetch(`${base}/private/open/ok`)).text).toBe('open');
    await f.fetch(`${base}/page`);
    expect(seen.filter((s) => s.path === '/robots.txt').length - before).toBe(1);
  });

  it('spaces requests to one host by minIntervalMs', async () => {
    const f = new Fetcher({ minIntervalMs: 300, timeoutMs: 2_000 });
    const start = Date.now();
    await Promise.all([f.fetch(`${base}/page?r1`), f.fetch(`${base}/page?r2`), f.fetch(`${base}/page?r3`)]);
    expect(Date.now() - start).toBeGreaterThanOrEqual(580);
  });
});

describe('robots.txt rules', () => {
  const rules = parseRobots(
    'User-agent: *\nDisallow: /search\nDisallow: /*.pdf$\nAllow: /search/about\nCrawl-delay: 2\n\nUser-agent: dyad\nUser-agent: other\nDisallow: /drafts/\n',
    'dyad/0.1',
  );
  it.each([
    ['/drafts/x', false],
    ['/search', true],
    ['/anything', true],
  ])('the dyad group applies to %s → %s', (path, allowed) => {
    expect(robotsAllows(rules, path)).toBe(allowed);
  });
  const star = parseRobots(
    'User-agent: *\nDisallow: /search\nDisallow: /*.pdf$\nAllow: /search/about\nCrawl-delay: 2\n',
    'dyad/0.1',
  );
  it.each([
    ['/search?q=x', false],
    ['/search/about', true],
    ['/files/report.pdf', false],
    ['/files/report.pdf?x', true],
    ['/', true],
  ])('the * group applies to %s → %s', (path, allowed) => {
    expect(robotsAllows(star, path)).toBe(allowed);
  });
  it('reads Crawl-delay', () => expect(star.crawlDelay).toBe(2));
});
