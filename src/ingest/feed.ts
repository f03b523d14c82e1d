import Parser from 'rss-parser';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../doc.js';
import { cleanText } from './clean.js';
import { toIsoDate } from './date.js';
import { extractArticleResult } from './html.js';
import { blockText, type NodeLike } from './html-text.js';
import { languageCode } from './html-meta.js';
import { articleId } from './id.js';

/** One feed item turned into an article. `html` is true when the text came from HTML content. */
export interface FeedArticle {
  id: string;
  text: string;
  meta: ArticleMeta;
  html: boolean;
}

/** A parsed feed: its own title and link, its items as articles, and the items left out with the reason. */
export interface ParsedFeed {
  title: string | null;
  link: string | null;
  articles: FeedArticle[];
  skipped: { item: string; reason: string }[];
}

/** Thrown by {@link parseFeed} when the document is not a feed (broken XML, HTML, unknown format). */
export class FeedError extends Error {}

/** Options for {@link parseFeed}. */
export interface FeedOptions {
  /** Where the feed came from (file path or URL); stored as each article's `meta.origin`. */
  origin?: string;
  /** HTML content whose text is at least this long goes through `extractArticle` (default 1500 characters). */
  extractFrom?: number;
}

type FeedItem = Parser.Item & Record<string, unknown>;

const parser = new Parser<Record<string, unknown>, FeedItem>({
  customFields: { item: ['content:encoded', 'dc:date', 'dc:language', 'updated', 'published', 'id'] },
});

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object' && '_' in value) return str((value as { _: unknown })._);
  return null;
}

function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return cleanText(blockText(document.body as unknown as NodeLike));
}

function itemText(item: FeedItem, extractFrom: number): { text: string; html: boolean } {
  const raw = str(item['content:encoded']) ?? str(item.content) ?? str(item.summary) ?? str(item.contentSnippet);
  if (!raw) return { text: '', html: false };
  if (!/<[a-z][^>]*>/i.test(raw)) return { text: cleanText(raw), html: false };
  const plain = htmlToText(raw);
  if (plain.length >= extractFrom) {
    const extracted = extractArticleResult(`<!doctype html><html><body><article>${raw}</article></body></html>`);
    if (extracted.ok && extracted.article.text.length >= plain.length * 0.6)
      return { text: extracted.article.text, html: true };
  }
  return { text: plain, html: true };
}

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed with rss-parser and turns each item into an article: the text is
 * the item's full content (`content:encoded`, Atom `content`) or else its summary, with HTML turned into text
 * (content long enough goes through `extractArticle`); an item with no content at all keeps its title as text.
 * Items repeated in the feed (same guid, else same link) are kept once. The id is the item's guid, else its link,
 * else the hash of its text.
 *
 * @throws FeedError with a `dyad:` message when the document is not well-formed XML or not a feed
 */
export async function parseFeed(xml: string, opts: FeedOptions = {}): Promise<ParsedFeed> {
  const where = opts.origin ? ` ${opts.origin}` : '';
  if (!/<(rss|feed|rdf:RDF|RDF)\b/i.test(xml.slice(0, 4096))) {
    throw new FeedError(
      `dyad: the feed${where} is not RSS or Atom (no <rss>, <feed> or <rdf:RDF> element); check the URL or file.`,
    );
  }
  let feed: Parser.Output<FeedItem> & Record<string, unknown>;
  try {
    feed = (await parser.parseString(xml)) as typeof feed;
  } catch (e) {
    const detail = (e as Error).message.split('\n').slice(0, 3).join(' ');
    throw new FeedError(
      `dyad: the feed${where} is not well-formed XML (${detail}); fix the file or ask its publisher.`,
    );
  }
  const feedLanguage = languageCode(str(feed.language));
  const seen = new Set<string>();
  const out: ParsedFeed = { title: str(feed.title), link: str(feed.link), articles: [], skipped: [] };
  (feed.items ?? []).forEach((item, i) => {
    const guid = str(item.guid) ?? str(item.id);
    const link = str(item.link);
    const title = str(item.title);
    const label = title ?? link ?? `item ${i + 1}`;
    const body = itemText(item, opts.extractFrom ?? 1500);
    const text = body.text || (title ? cleanText(title) : '');
    if (!text) {
      out.skipped.push({ item: label, reason: 'the item has neither content, summary nor title' });
      return;
    }
    const key = guid ?? link ?? articleId(text);
    if (seen.has(key)) return;
    seen.add(key);
    const published =
      toIsoDate(item.pubDate) ??
      toIsoDate(str(item['dc:date'])) ??
      toIsoDate(str(item.published)) ??
      toIsoDate(item.isoDate);
    const modified = toIsoDate(str(item.updated));
    const meta: ArticleMeta = { origin: opts.origin };
    if (link) meta.url = link;
    if (title) meta.title = title;
    if (published) meta.published = published;
    if (modified && modified !== published) meta.modified = modified;
    const byline = str(item.creator) ?? str((item as { author?: unknown }).author);
    if (byline) meta.byline = byline;
    if (out.title) meta.siteName = out.title;
    const language = languageCode(str(item['dc:language'])) ?? feedLanguage;
    if (language) meta.language = language;
    if (!opts.origin) delete meta.origin;
    out.articles.push({ id: articleId(text, guid ?? link ?? undefined), text, meta, html: body.html });
  });
  return out;
}
