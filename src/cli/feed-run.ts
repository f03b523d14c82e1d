import { resolve } from 'node:path';
import type { ArticleMeta } from '../doc.js';
import { createDoc } from '../doc.js';
import type { Dyad } from '../index.js';
import type { FeedArticle } from '../ingest/feed.js';
import { Fetcher } from '../ingest/fetch.js';
import { extractArticleResult } from '../ingest/html.js';
import type { FeedMemory } from '../ingest/watch.js';
import { articleFromDoc, skipReason } from '../store/article-from-doc.js';
import type { Store } from '../store/index.js';

/**
 * The store as a watcher's memory: validators in the `feeds` table, seen items in `feed_items` (and, to decide what
 * is new, the `articles` table: an item whose article is stored is not new, even if a crash came between storing it
 * and marking it seen). One source of truth, shared by every machine using the same PostgreSQL store.
 */
export function storeMemory(store: Store): FeedMemory {
  const added = new Set<string>();
  const ensure = async (url: string) => {
    if (added.has(url)) return;
    await store.addFeed(url);
    added.add(url);
  };
  return {
    async validators(url) {
      await ensure(url);
      const feed = (await store.listFeeds()).find((f) => f.url === url);
      return { etag: feed?.etag ?? null, lastModified: feed?.lastModified ?? null };
    },
    async unseen(_url, ids) {
      const stored = await store.articleUrls(ids);
      return ids.filter((id) => !stored.has(id));
    },
    async remember(url, ids) {
      await ensure(url);
      await store.markSeen(url, ids);
    },
    async polled(url, result) {
      await ensure(url);
      const update: Parameters<Store['updateFeed']>[1] = { lastChecked: new Date().toISOString(), error: result.error };
      if (result.error === null)
        Object.assign(update, { etag: result.etag ?? null, lastModified: result.lastModified ?? null });
      if (result.title) update.title = result.title;
      await store.updateFeed(url, update);
    },
  };
}

/** The key a feed is remembered by: its URL, or the absolute path of a local file. */
export function feedKey(source: string): string {
  return /^https?:\/\//i.test(source) ? source : resolve(source);
}

/** Totals of feed items stored. */
export interface FeedSummary {
  articles: number;
  events: number;
  skipped: number;
  /** Items whose full page was fetched and used (the others kept the feed's own content or summary). */
  pages: number;
}

/** Options for {@link feedItemHandler}. */
export interface FeedItemOptions {
  /** Called when an item's page could not be fetched or held no article (the feed's own text is used). */
  onNote?: (message: string) => void;
  onSkip?: (input: string, reason: string) => void;
}

/**
 * The `onArticle` handler of a feed ingest: fetches the item's page when its link is an http(s) URL, extracts the
 * article from it (keeping the feed's own content or summary when the page cannot be fetched, is disallowed by
 * robots.txt, or holds less text), codes it and stores it with its events in one transaction. The article id is
 * the item's id (guid, else link), so a page fetched twice is stored once.
 */
export function feedItemHandler(
  dyad: Dyad,
  store: Store,
  fetcher: Fetcher,
  summary: FeedSummary,
  opts: FeedItemOptions = {},
) {
  return async (item: FeedArticle): Promise<void> => {
    const { text, meta, page } = await fullText(item, fetcher, opts.onNote);
    if (page) summary.pages++;
    const doc = dyad.process(createDoc(item.id, text, meta));
    const article = articleFromDoc(doc);
    if (doc.skipped) {
      const reason = skipReason(doc);
      summary.skipped++;
      opts.onSkip?.(`${item.meta.url ?? item.id}`, reason);
      await store.saveBatch([{ article, events: [], skipped: reason }]);
      return;
    }
    const events = dyad.records(doc);
    summary.articles++;
    summary.events += events.length;
    await store.saveBatch([{ article, events }]);
  };
}

async function fullText(
  item: FeedArticle,
  fetcher: Fetcher,
  onNote?: (message: string) => void,
): Promise<{ text: string; meta: ArticleMeta; page: boolean }> {
  const url = item.meta.url;
  const own = { text: item.text, meta: item.meta, page: false };
  if (!url || !/^https?:\/\//i.test(url)) return own;
  let html: string;
  let finalUrl: string;
  try {
    const res = await fetcher.fetch(url);
    html = res.text;
    finalUrl = res.url;
  } catch (e) {
    onNote?.(`${(e as Error).message.replace(/\.?$/, '')}; the feed's own text is used instead.`);
    return own;
  }
  const result = extractArticleResult(html, { url: finalUrl });
  if (!result.ok) {
    onNote?.(`dyad: ${url} holds no article (${result.reason}); the feed's own text is used instead.`);
    return own;
  }
  const a = result.article;
  if (a.text.length < item.text.length * 0.8) return own;
  const meta: ArticleMeta = { ...item.meta };
  meta.published ??= a.published ?? undefined;
  meta.modified ??= a.modified ?? undefined;
  meta.byline ??= a.byline ?? undefined;
  meta.language ??= a.language ?? undefined;
  meta.title ??= a.title ?? undefined;
  if (a.siteName) meta.siteName = a.siteName;
  for (const k of Object.keys(meta) as Array<keyof ArticleMeta>) if (meta[k] === undefined) delete meta[k];
  return { text: a.text, meta, page: true };
}
