import { setTimeout as sleep } from 'node:timers/promises';
import { decodeAs, decodeBytes, looksBinary } from './decode.js';
import { parseRobots, robotsAllows, type RobotsRules } from './robots.js';

/** Settings of a {@link Fetcher}; every field has a polite default. */
export interface FetcherOptions {
  /** Sent as `User-Agent` and matched against robots.txt groups. Default `dyad/0.1`. */
  userAgent?: string;
  /** Whole-request timeout in milliseconds, body included. Default 20,000. */
  timeoutMs?: number;
  /** Largest body read, in bytes; a larger one aborts the request. Default 10 MB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Least time between two requests to the same host, in milliseconds (robots.txt `Crawl-delay` can raise it). Default 1,000. */
  minIntervalMs?: number;
  /** Check robots.txt before fetching (cached per host). Default true. */
  respectRobots?: boolean;
}

/** Validators from an earlier fetch of the same URL, for a conditional GET. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** A fetched page: its final URL, status, decoded text and the validators to send next time. */
export interface FetchResult {
  /** The URL after redirects. */
  url: string;
  status: number;
  /** True on `304 Not Modified`: `text` is empty, keep what you had. */
  notModified: boolean;
  text: string;
  contentType: string | null;
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** A fetch that failed: timeout, too large, too many redirects, disallowed by robots.txt, HTTP error, not text. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * A polite HTTP client for news pages and feeds. One instance keeps, per host, the robots.txt rules and the time of
 * the last request, so use one `Fetcher` for a whole run.
 *
 * - sends `User-Agent: dyad/0.1`, asks for gzip/brotli (decoded by Node's fetch);
 * - obeys robots.txt (RFC 9309; unreachable robots.txt on a 5xx means "do not fetch");
 * - waits `minIntervalMs` (or the site's `Crawl-delay`) between requests to one host;
 * - follows at most `maxRedirects` redirects, times out after `timeoutMs`, aborts bodies over `maxBytes`;
 * - decodes the body with the charset from `Content-Type`, else `<meta charset>` / `<?xml encoding>`, else UTF-8
 *   (falling back to windows-1252 for pages that are not valid UTF-8);
 * - sends `If-None-Match` / `If-Modified-Since` when given validators and reports `304` as `notModified`.
 *
 * @example
 * const fetcher = new Fetcher();
 * const page = await fetcher.fetch('https://example.org/news/1');
 * const article = extractArticle(page.text, { url: page.url });
 */
export class Fetcher {
  private readonly opts: Required<FetcherOptions>;
  private readonly robots = new Map<string, Promise<RobotsRules | 'all' | 'none'>>();
  private readonly nextSlot = new Map<string, number>();

  constructor(opts: FetcherOptions = {}) {
    this.opts = {
      userAgent: opts.userAgent ?? 'dyad/0.1',
      timeoutMs: opts.timeoutMs ?? 20_000,
      maxBytes: opts.maxBytes ?? 10_000_000,
      maxRedirects: opts.maxRedirects ?? 5,
      minIntervalMs: opts.minIntervalMs ?? 1_000,
      respectRobots: opts.respectRobots ?? true,
    };
  }

  /**
   * Fetches a URL and decodes its body as text.
   *
   * @throws FetchError with a `dyad:` message saying what failed and what to do
   */
  async fetch(url: string, validators: Validators = {}): Promise<FetchResult> {
    let current = parseUrl(url);
    const deadline = AbortSignal.timeout(this.opts.timeoutMs);
    for (let hop = 0; ; hop++) {
      await this.checkRobots(current, url);
      await this.waitTurn(current);
      const headers: Record<string, string> = {
        'user-agent': this.opts.userAgent,
        accept:
          'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      let res: Response;
      try {
        res = await fetch(current, { headers, redirect: 'manual', signal: deadline });
      } catch (e) {
        throw this.failure(e, url);
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hop >= this.opts.maxRedirects)
          throw new FetchError(
            `dyad: ${url} redirected more than ${this.opts.maxRedirects} times; check the URL or raise maxRedirects.`,
            url,
            res.status,
          );
        current = new URL(res.headers.get('location')!, current);
        continue;
      }
      return this.read(res, current.href, url, deadline);
    }
  }

  private async read(res: Response, finalUrl: string, url: string, deadline: AbortSignal): Promise<FetchResult> {
    const base = {
      url: finalUrl,
      status: res.status,
      contentType: res.headers.get('content-type'),
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
    if (res.status === 304) {
      await res.body?.cancel();
      return { ...base, notModified: true, text: '', charset: null };
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new FetchError(
        `dyad: ${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}; check the URL or try later.`,
        url,
        res.status,
      );
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > this.opts.maxBytes) {
      await res.body?.cancel();
      throw new FetchError(
        `dyad: ${url} is ${declared} bytes, over the ${this.opts.maxBytes}-byte limit; raise maxBytes if you need it.`,
        url,
        res.status,
      );
    }
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(res, this.opts.maxBytes);
    } catch (e) {
      if (e instanceof RangeError)
        throw new FetchError(
          `dyad: ${url} sent more than ${this.opts.maxBytes} bytes; raise maxBytes if you need it.`,
          url,
          res.status,
        );
      throw this.failure(deadline.aborted ? deadline.reason : e, url);
    }
    const headerCharset = /charset\s*=\s*"?([\w.:-]+)/i.exec(base.contentType ?? '')?.[1] ?? null;
    if (looksBinary(bytes))
      throw new FetchError(
        `dyad: ${url} sent binary content (${base.contentType ?? 'no content type'}), not a page or feed.`,
        url,
        res.status,
      );
    const decoded = decodeBytes(bytes, headerCharset);
    if (decoded.ok) return { ...base, notModified: false, text: decoded.text, charset: decoded.charset };
    return { ...base, notModified: false, text: decodeAs('windows-1252', bytes), charset: 'windows-1252' };
  }

  private failure(e: unknown, url: string): FetchError {
    const err = e as Error;
    if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
      return new FetchError(
        `dyad: ${url} did not answer within ${this.opts.timeoutMs} ms; try later or raise timeoutMs.`,
        url,
      );
    const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
    return new FetchError(
      `dyad: cannot fetch ${url} (${cause?.code ?? cause?.message ?? err?.message ?? String(e)}); check the URL and your network.`,
      url,
    );
  }

  private async waitTurn(target: URL): Promise<void> {
    const rules = await this.robots.get(target.origin);
    const delay = Math.max(
      this.opts.minIntervalMs,
      typeof rules === 'object' && rules.crawlDelay ? rules.crawlDelay * 1000 : 0,
    );
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(target.host) ?? 0);
    this.nextSlot.set(target.host, slot + delay);
    if (slot > now) await sleep(slot - now);
  }

  private async checkRobots(target: URL, url: string): Promise<void> {
    if (!this.opts.respectRobots || target.pathname === '/robots.txt') return;
    let pending = this.robots.get(target.origin);
    if (!pending) {
      pending = this.loadRobots(target.origin);
      this.robots.set(target.origin, pending);
    }
    const rules = await pending;
    const allowed = rules === 'all' || (rules !== 'none' && robotsAllows(rules, target.pathname + target.search));
    if (!allowed)
      throw new FetchError(
        `dyad: ${target.origin}/robots.txt does not allow ${this.opts.userAgent} to fetch ${target.pathname}; leave this page out.`,
        url,
      );
  }

  private async loadRobots(origin: string): Promise<RobotsRules | 'all' | 'none'> {
    try {
      const res = await fetch(`${origin}/robots.txt`, {
        headers: { 'user-agent': this.opts.userAgent },
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
      if (res.status >= 500) return 'none';
      if (!res.ok) return 'all';
      return parseRobots(new TextDecoder().decode(await readCapped(res, 512_000)), this.opts.userAgent);
    } catch {
      return 'all';
    }
  }
}

function parseUrl(url: string): URL {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
  } catch {
    /* reported below */
  }
  throw new FetchError(
    `dyad: "${url}" is not an http(s) URL; give a full address such as https://example.org/news.`,
    url,
  );
}

/** Reads a response body, throwing RangeError as soon as it passes `maxBytes`. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RangeError('body too large');
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}
