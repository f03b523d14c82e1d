import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeBytes } from './decode.js';
import { FeedError, parseFeed, type FeedArticle } from './feed.js';
import { Fetcher, FetchError, type Validators } from './fetch.js';

/**
 * Where a watcher keeps, per feed, the items already handed over and the HTTP validators of its last fetch. dyad's
 * command line keeps them in the store (`feeds` and `feed_items` tables, so a PostgreSQL store shares them across
 * machines); {@link jsonFileMemory} keeps them in a JSON file for library use without a store. Use one, not both.
 */
export interface FeedMemory {
  /** The validators saved by the last poll of this feed (none the first time). */
  validators(feedUrl: string): Promise<Validators>;
  /** The ids among `ids` not handed over before. Must not remember them: {@link FeedMemory.remember} does. */
  unseen(feedUrl: string, ids: string[]): Promise<string[]>;
  /** Remembers ids as handed over (called right after each item's handler returns). */
  remember(feedUrl: string, ids: string[]): Promise<void>;
  /** Records the end of a poll: the validators to send next time (on success), or the error that stopped it. */
  polled(
    feedUrl: string,
    result: { etag?: string | null; lastModified?: string | null; title?: string | null; error: string | null },
  ): Promise<void>;
}

/** What a watcher remembers between runs, per feed URL: the ids already handed over and the HTTP validators. */
export interface WatchState {
  version: 1;
  feeds: Record<string, { seen: string[]; etag?: string | null; lastModified?: string | null }>;
}

/** Options for {@link watchFeeds} and {@link pollFeeds}. */
export interface WatchOptions {
  /** Called once for each item never seen before; the item is remembered only after this returns. */
  onArticle: (article: FeedArticle, feedUrl: string) => void | Promise<void>;
  /** Where seen items and validators are kept; default a {@link jsonFileMemory} on `statePath`. */
  memory?: FeedMemory;
  /** JSON file holding the {@link WatchState} when no `memory` is given; written atomically after each new item. */
  statePath?: string;
  /** Milliseconds between two polls of the feed list (watchFeeds only). */
  every?: number;
  /** Stops watching after this many polls (watchFeeds only; default: until aborted). */
  maxPolls?: number;
  /** Called when a feed cannot be fetched or parsed (default: print the message to stderr); polling goes on with the other feeds. */
  onError?: (feedUrl: string, error: Error) => void;
  /** Called after each poll of the whole list with the number of new items (watchFeeds only). */
  onPoll?: (fresh: number, poll: number) => void;
  /** The HTTP client; default a polite `new Fetcher()`. */
  fetcher?: Fetcher;
  /** Stops watching when aborted: the item being handled is finished, the rest of its feed waits for the next run. */
  signal?: AbortSignal;
  /** Ids remembered per feed in a JSON state file (oldest forgotten first). Default 10,000. */
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
  throw new Error(
    `dyad: the watch state file ${path} is not valid; fix it or delete it (every item would then be ingested again).`,
  );
}

/** Writes the state file atomically: a reader or a crash never sees half a file. */
export function writeWatchState(path: string, state: WatchState): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, path);
}

/** A {@link FeedMemory} in a JSON file (read once, written atomically after every change). */
export function jsonFileMemory(path: string, maxSeen = 10_000): FeedMemory {
  const state = readWatchState(path);
  const entry = (url: string) => (state.feeds[url] ??= { seen: [] });
  return {
    async validators(url) {
      const e = entry(url);
      return { etag: e.etag, lastModified: e.lastModified };
    },
    async unseen(url, ids) {
      const seen = new Set(entry(url).seen);
      return ids.filter((id) => !seen.has(id));
    },
    async remember(url, ids) {
      const e = entry(url);
      e.seen.push(...ids);
      if (e.seen.length > maxSeen) e.seen.splice(0, e.seen.length - maxSeen);
      writeWatchState(path, state);
    },
    async polled(url, result) {
      if (result.error !== null) return;
      Object.assign(entry(url), { etag: result.etag ?? null, lastModified: result.lastModified ?? null });
      writeWatchState(path, state);
    },
  };
}

const isHttp = (source: string) => /^https?:\/\//i.test(source);

/** Reads a feed that is a local file (no conditional GET: the file is read each time). */
async function readFeedFile(
  path: string,
): Promise<{ notModified: false; text: string; etag: null; lastModified: null }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FetchError(
      `dyad: cannot read the feed file ${path} (${code === 'ENOENT' ? 'no such file' : (code ?? (e as Error).message)}); check the path or give an http(s) URL.`,
      path,
    );
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new FeedError(`dyad: the feed file ${path}: ${decoded.reason}`);
  return { notModified: false, text: decoded.text, etag: null, lastModified: null };
}

/**
 * Polls each feed once (conditional GET with the saved ETag / Last-Modified) and hands every item not seen before
 * to `onArticle`, remembering it right after, so a restart never hands over an item twice. A feed may also be a local
 * file path (read each time). The validators are saved only once every new item of a feed has been handed over, so a
 * poll stopped half-way (crash, abort) gets the whole feed again next time and hands over the rest.
 *
 * @returns the number of new items
 */
export async function pollFeeds(feedUrls: string[], opts: WatchOptions): Promise<number> {
  const fetcher = opts.fetcher ?? new Fetcher();
  const memory = opts.memory ?? jsonFileMemory(required(opts.statePath), opts.maxSeen);
  let fresh = 0;
  for (const url of feedUrls) {
    if (opts.signal?.aborted) break;
    try {
      const validators = await memory.validators(url);
      const page = isHttp(url) ? await fetcher.fetch(url, validators) : await readFeedFile(url);
      if (page.notModified) {
        await memory.polled(url, {
          etag: page.etag ?? validators.etag,
          lastModified: page.lastModified ?? validators.lastModified,
          error: null,
        });
        continue;
      }
      const feed = await parseFeed(page.text, { origin: url });
      const unseen = new Set(
        await memory.unseen(
          url,
          feed.articles.map((a) => a.id),
        ),
      );
      let complete = true;
      for (const article of feed.articles) {
        if (!unseen.has(article.id)) continue;
        if (opts.signal?.aborted) {
          complete = false;
          break;
        }
        await opts.onArticle(article, url);
        await memory.remember(url, [article.id]);
        fresh++;
      }
      if (complete)
        await memory.polled(url, { etag: page.etag, lastModified: page.lastModified, title: feed.title, error: null });
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      if (!(e instanceof FeedError) && !e.message.startsWith('dyad:')) throw e;
      await memory.polled(url, { error: e.message });
      (opts.onError ?? ((_url: string, error: Error) => console.error(error.message)))(url, e);
    }
  }
  return fresh;
}

function required(statePath: string | undefined): string {
  if (!statePath) throw new Error('dyad: pollFeeds needs a memory or a statePath to remember what it has seen.');
  return statePath;
}

/**
 * Watches a list of feeds: polls them every `every` milliseconds (default 15 minutes) until `signal` aborts or
 * `maxPolls` polls are done, handing each new item to `onArticle` once, across restarts (see {@link pollFeeds}).
 */
export async function watchFeeds(feedUrls: string[], opts: WatchOptions): Promise<void> {
  const every = opts.every ?? 15 * 60_000;
  const memory = opts.memory ?? jsonFileMemory(required(opts.statePath), opts.maxSeen);
  for (let poll = 1; !opts.signal?.aborted; poll++) {
    const fresh = await pollFeeds(feedUrls, { ...opts, memory });
    opts.onPoll?.(fresh, poll);
    if (opts.maxPolls !== undefined && poll >= opts.maxPolls) return;
    try {
      await sleep(every, undefined, { signal: opts.signal });
    } catch {
      return;
    }
  }
}
