import { createDoc, type ArticleMeta } from '../doc.js';
import type { Dyad } from '../index.js';
import { cleanText } from '../ingest/clean.js';
import { extractArticle, metaFromExtracted } from '../ingest/html.js';
import { Fetcher } from '../ingest/fetch.js';
import { articleId } from '../ingest/id.js';
import { articleFromDoc, skipReason } from '../store/article-from-doc.js';
import type { Coder } from './routes.js';

/**
 * The coder behind `POST /articles`: takes text, an HTML page or a URL (fetched politely), extracts and cleans the
 * article, codes it and returns the article with its events. Bad input throws a `dyad:` error (a 422 for the client).
 */
export function createCoder(dyad: Dyad, fetcher = new Fetcher()): Coder {
  return async (input) => {
    let text = input.text;
    let html = input.html;
    let url = input.url;
    if (!text && !html && url) {
      const page = await fetcher.fetch(url);
      html = page.text;
      url = page.url;
    }
    const meta: ArticleMeta = { origin: 'api' };
    if (html) {
      const found = extractArticle(html, { url });
      if (!found) throw new Error('dyad: no article text found in the page; send the text instead.');
      text = found.text;
      Object.assign(meta, metaFromExtracted(found));
    } else text = cleanText(text ?? '');
    if (!text?.trim()) throw new Error('dyad: the article is empty; send some text.');
    if (url) meta.url = url;
    if (input.title) meta.title = input.title;
    if (input.date) meta.published = input.date;
    const doc = dyad.process(createDoc(articleId(text, input.id), text, meta));
    if (doc.skipped) return { article: articleFromDoc(doc), events: [], skipped: skipReason(doc) };
    return { article: articleFromDoc(doc), events: dyad.records(doc) };
  };
}
