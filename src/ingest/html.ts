import type { ArticleMeta } from '../doc.js';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanText } from './clean.js';
import { blockText, type NodeLike } from './html-text.js';
import { readPageMeta } from './html-meta.js';
import { densestBlock } from './html-density.js';
import { dropMetaLines } from './html-lines.js';
import { pruneChrome, prunePageChrome } from './html-prune.js';

/** An article found in an HTML page: its cleaned body text and its metadata (null when the page does not say). */
export interface Extracted {
  /** Body text: paragraphs separated by a blank line, page chrome removed, no title, byline or captions. */
  text: string;
  title: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  published: string | null;
  /** Last modification date, `YYYY-MM-DD`. */
  modified: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** ISO 639-1 code the page declares (`<html lang>`, meta tags, JSON-LD), not detected. */
  language: string | null;
}

/** Which rule produced the body text. */
export type ExtractMethod = 'readability' | 'json-ld' | 'article-element' | 'density';

/** The outcome of {@link extractArticleResult}: an article and how it was found, or why there is none. */
export type ExtractResult = { ok: true; article: Extracted; method: ExtractMethod } | { ok: false; reason: string };

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's address; resolves a relative canonical link and helps Readability with relative links. */
  url?: string;
  /** Bodies shorter than this (characters) mean "no article". Default 200. */
  minChars?: number;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function bodyOf(el: unknown, byline: string | null): string {
  if (!el) return '';
  pruneChrome(el as Element);
  return dropMetaLines(cleanText(blockText(el as NodeLike)), byline);
}

/**
 * Extracts the article from an HTML page, with a reason when there is none.
 *
 * Body text comes from Mozilla Readability run over a linkedom DOM, turned into text along the block structure
 * (so paragraphs never run together) and cleaned of boilerplate lines with `cleanText`. When Readability finds
 * nothing or too little, it falls back to the JSON-LD `articleBody`, then the largest `<article>` element, then the
 * block with the densest paragraph text. Metadata comes from JSON-LD, meta tags and markup (see `readPageMeta`).
 *
 * Never throws for bad HTML: a page that cannot be read or holds no article gives `{ ok: false, reason }`.
 */
export function extractArticleResult(html: string, opts: ExtractOptions = {}): ExtractResult {
  const minChars = opts.minChars ?? 200;
  if (!html.trim()) return { ok: false, reason: 'the page is empty' };
  let doc: Document;
  try {
    doc = parse(html);
  } catch (e) {
    return { ok: false, reason: `the HTML could not be parsed (${(e as Error).message})` };
  }
  const meta = readPageMeta(doc, opts.url);
  let readable: ReturnType<Readability<Node>['parse']> = null;
  try {
    prunePageChrome(doc);
    readable = new Readability<Node>(doc, { serializer: (node) => node, keepClasses: true }).parse();
  } catch {
    readable = null;
  }
  const byline = meta.byline ?? (readable?.byline?.trim() || null);
  const candidates: { method: ExtractMethod; text: () => string }[] = [
    { method: 'readability', text: () => bodyOf(readable?.content, byline) },
    { method: 'json-ld', text: () => (meta.articleBody ? cleanText(meta.articleBody) : '') },
    { method: 'article-element', text: () => bodyOf(largestArticle(parse(html)), byline) },
    { method: 'density', text: () => bodyOf(densestBlock(parse(html)), byline) },
  ];
  const best = chooseBody(candidates, minChars);
  if (!best || best.text.length < minChars) {
    return {
      ok: false,
      reason: `no article found (longest text block has ${best?.text.length ?? 0} characters, fewer than ${minChars})`,
    };
  }
  return {
    ok: true,
    method: best.method,
    article: {
      text: best.text,
      title: meta.title ?? (readable?.title || null),
      published: meta.published,
      modified: meta.modified,
      byline,
      siteName: meta.siteName ?? (readable?.siteName || null),
      canonicalUrl: meta.canonicalUrl,
      language: meta.language,
    },
  };
}

/**
 * Extracts the article from an HTML page: body text and metadata, or null when the page holds no article.
 * See {@link extractArticleResult} for how, and for the reason when it returns null.
 *
 * @example
 * const a = extractArticle(html, { url: 'https://example.org/news/1' });
 * if (a) console.log(a.title, a.published, a.text.split('\n\n').length, 'paragraphs');
 */
export function extractArticle(html: string, opts: ExtractOptions = {}): Extracted | null {
  const result = extractArticleResult(html, opts);
  return result.ok ? result.article : null;
}

function largestArticle(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of Array.from(doc.querySelectorAll('article'))) {
    const length = (el.textContent ?? '').length;
    if (length > bestLength) [best, bestLength] = [el, length];
  }
  return best;
}

/**
 * Picks the body: Readability's text when it is long enough, unless the page's own JSON-LD `articleBody` is longer;
 * otherwise the longest of the fallbacks, tried in order.
 */
function chooseBody(
  candidates: { method: ExtractMethod; text: () => string }[],
  minChars: number,
): { method: ExtractMethod; text: string } | null {
  let best: { method: ExtractMethod; text: string } | null = null;
  for (const candidate of candidates) {
    const text = candidate.text();
    if (!best || text.length > best.text.length) best = { method: candidate.method, text };
    if (candidate.method === 'json-ld' && best.text.length >= minChars) break;
  }
  return best;
}

/** The article metadata an extracted page gives: the fields it found, none invented. */
export function metaFromExtracted(a: Extracted): ArticleMeta {
  return {
    ...(a.canonicalUrl && { url: a.canonicalUrl }),
    ...(a.title && { title: a.title }),
    ...(a.published && { published: a.published }),
    ...(a.modified && { modified: a.modified }),
    ...(a.byline && { byline: a.byline }),
    ...(a.siteName && { siteName: a.siteName }),
    ...(a.language && { language: a.language }),
  };
}
