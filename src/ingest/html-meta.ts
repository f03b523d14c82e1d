import { toIsoDate } from './date.js';

/** Metadata read from a page's head, JSON-LD and markup; every field may be null. */
export interface PageMeta {
  title: string | null;
  published: string | null;
  modified: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  /** `articleBody` from JSON-LD, when the page gives one. */
  articleBody: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /article|posting|report|blog|webpage|newsarticle/i;

/** Collects `<meta>` values by lower-cased `property`, `name` or `itemprop`, first value first. */
function metaValues(doc: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = (el.getAttribute('content') ?? el.getAttribute('value') ?? '').trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = map.get(key) ?? [];
        list.push(content);
        map.set(key, list);
      }
    }
  }
  return map;
}

/** Flattens all JSON-LD objects on the page (through arrays and `@graph`), skipping blocks that do not parse. */
export function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const obj = value as Json;
      out.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')));
    } catch {
      continue;
    }
  }
  return out;
}

function typeOf(obj: Json): string {
  const t = obj['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') {
    const name = (value as Json).name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.replace(/\s+/g, ' ').trim();
  return t || null;
}

function first<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v;
  return null;
}

/** Normalises `en-GB`, `en_US`, `EN` to the ISO 639-1 code (`en`); null for anything else. */
export function languageCode(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:$|[-_])/i.exec(value ?? '');
  return m ? m[1].toLowerCase() : null;
}

function resolveUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/**
 * Reads article metadata from a parsed page: JSON-LD (`headline`, `datePublished`, `dateModified`, `author`,
 * `publisher`, `inLanguage`, `articleBody`), Open Graph and `article:` meta tags, Parse.ly, Dublin Core,
 * `name=date`-style tags, `<time datetime>`, `<html lang>` and `<link rel=canonical>`. JSON-LD wins over meta tags,
 * meta tags over markup. Dates are normalised to `YYYY-MM-DD`.
 *
 * @param doc the parsed page (not yet modified by Readability)
 * @param url the page's address, used to resolve a relative canonical link
 */
export function readPageMeta(doc: Document, url?: string): PageMeta {
  const meta = metaValues(doc);
  const m = (...keys: string[]): string | null => first(...keys.map((k) => meta.get(k)?.[0]));
  const ld = jsonLdObjects(doc);
  const article =
    ld.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o.headline || o.articleBody || o.datePublished)) ??
    ld.find((o) => o.datePublished);
  const ldAuthors = article
    ? names(article.author)
        .map((n) => n.trim())
        .filter(Boolean)
    : [];
  const metaAuthor = m(
    'dc:creator',
    'dcterm:creator',
    'dc.creator',
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'byl',
  );
  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  const published = first(
    toIsoDate(article?.datePublished),
    toIsoDate(m('article:published_time', 'og:published_time', 'published_time', 'datepublished')),
    toIsoDate(
      m('parsely-pub-date', 'sailthru.date', 'date', 'pubdate', 'publishdate', 'publish-date', 'publication_date'),
    ),
    toIsoDate(
      m('dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'citation_publication_date'),
    ),
    toIsoDate(timeEl?.getAttribute('datetime')),
    toIsoDate(article?.dateCreated),
  );
  const modified = first(
    toIsoDate(article?.dateModified),
    toIsoDate(m('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified')),
  );
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const publisher = article ? names(article.publisher)[0] : undefined;
  return {
    title: first(
      text(article?.headline),
      text(m('dc:title', 'dcterm:title', 'dc.title', 'og:title', 'twitter:title', 'parsely-title')),
      text(doc.querySelector('title')?.textContent),
    ),
    published,
    modified,
    byline: first(
      ldAuthors.length ? ldAuthors.join(', ') : null,
      metaAuthor && !/^https?:/i.test(metaAuthor) ? text(metaAuthor) : null,
    ),
    siteName: first(text(m('og:site_name', 'application-name')), text(publisher)),
    canonicalUrl: first(resolveUrl(canonical, url), resolveUrl(m('og:url'), url), url ?? null),
    language: first(
      languageCode(doc.documentElement?.getAttribute('lang')),
      languageCode(m('content-language', 'language', 'dc.language')),
      languageCode(typeof article?.inLanguage === 'string' ? article.inLanguage : null),
      languageCode(m('og:locale')),
    ),
    articleBody: text(article?.articleBody) ? String(article?.articleBody) : null,
  };
}
