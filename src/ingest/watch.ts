import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { FeedError, parseFeed, type FeedArticle } from './feed.js';
import { Fetcher } from './fetch.js';

/** What a watcher remembers between runs, per feed URL: the ids already handed over and the HTTP validators. */
export interface WatchState {
  version: 1;
  feeds: Record<string, { seen: string[]; etag?: string | null; lastModified?: string | null }>;
}

/** Options for {@link watchFeeds} and {@link pollFeeds}. */
export interface WatchOptions {
  /** Called once for each item never seen before; the item is remembered only after this returns. */
  onArticle: (article: FeedArticle, feedUrl: string) => void | Promise<void>;
  /** JSON file holding the {@link WatchState}; written atomically (temp file + rename) after each new item. */
  statePath: string;
  /** Milliseconds between two polls of the feed list (watchFeeds only). */
  every?: number;
  /** Called when a feed cannot be fetched or parsed (default: print the message to stderr); polling goes on with the other feeds. */
  onError?: (feedUrl: string, error: Error) => void;
  /** The HTTP client; default a polite `new Fetcher()`. */
  fetcher?: Fetcher;
  /** Stops watching when aborted. */
  signal?: AbortSignal;
  /** Ids remembered per feed (oldest forgotten first). Default 10,000. */
  maxSeen?: number;
}

/** Reads the state file; a missing file is an empty state. @throws Error with a `dyad:` message for a corrupt file. */
export function readWatchState(path: string): WatchState {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return { version: 1, feeds: {} };
  }
  try {
    const state = JSON.parse(source) as WatchState;
    if (state.version === 1 && state.feeds && typeof state.feeds === 'object') return state;
  } catch {
    /* reported below */
  }
  throw new Error(`dyad: the watch state file ${path} is not valid; fix it or delete it (every item would then be ingested again).`);
}

/** Writes the state file atomically: a reader or a crash never sees half a file. */
export function writeWatchState(path: string, state: WatchState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, path);
}

/**
 * Polls each feed once (conditional GET with the saved ETag / Last-Modified) and hands every item not seen before
 * to `onArticle`, remembering it in the state file right after, so a restart never hands over an item twice.
 *
 * @returns the number of new items
 */
export async function pollFeeds(feedUrls: string[], opts: WatchOptions): Promise<number> {
  const fetcher = opts.fetcher ?? new Fetcher();
  const maxSeen = opts.maxSeen ?? 10_000;
  const state = readWatchState(opts.statePath);
  let fresh = 0;
  for (const url of feedUrls) {
    if (opts.signal?.aborted) break;
    const entry = (state.feeds[url] ??= { seen: [] });
    try {
      const page = await fetcher.fetch(url, { etag: entry.etag, lastModified: entry.lastModified });
      if (page.notModified) continue;
      const feed = await parseFeed(page.text, { origin: url });
      const seen = new Set(entry.seen);
      for (const article of feed.articles) {
        if (seen.has(article.id)) continue;
        await opts.onArticle(article, url);
        seen.add(article.id);
        entry.seen.push(article.id);
        if (entry.seen.length > maxSeen) entry.seen.splice(0, entry.seen.length - maxSeen);
        writeWatchState(opts.statePath, state);
        fresh++;
      }
      entry.etag = page.etag;
      entry.lastModified = page.lastModified;
      writeWatchState(opts.statePath, state);
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      if (!(e instanceof FeedError) && !e.message.startsWith('dyad:')) throw e;
      (opts.onError ?? ((_url: string, error: Error) => console.error(error.message)))(url, e);
    }
  }
  return fresh;
}

/**
 * Watches a list of feeds: polls them every `every` milliseconds (default 15 minutes) until `signal` aborts,
 * handing each new item to `onArticle` once, across restarts (see {@link pollFeeds}).
 */
export async function watchFeeds(feedUrls: string[], opts: WatchOptions): Promise<void> {
  const every = opts.every ?? 15 * 60_000;
  while (!opts.signal?.aborted) {
    await pollFeeds(feedUrls, opts);
    try {
      await sleep(every, undefined, { signal: opts.signal });
    } catch {
      return;
    }
  }
}
