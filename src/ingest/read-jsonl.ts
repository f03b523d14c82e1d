import type { ArticleMeta } from '../doc.js';
import { cleanText } from './clean.js';
import { toIsoDate } from './date.js';
import { extractArticleResult, metaFromExtracted } from './html.js';
import { articleId } from './id.js';
import type { ByteLine } from './lines.js';
import type { InputItem } from './read.js';

const strict = new TextDecoder('utf-8', { fatal: true });

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Turns one JSONL line (`{"id", "text" | "html", "date"?, "url"?, "title"?}`) into an article or a skip naming
 * `where` (file:line). Given fields win over what the HTML says; `date` is normalised to `YYYY-MM-DD`.
 *
 * @returns null for a blank line
 */
export function jsonlItem(line: ByteLine, where: string, maxArticleChars: number): InputItem | null {
  const skip = (reason: string): InputItem => ({ kind: 'skip', input: where, reason });
  if (line.tooLong) return skip(`the line is longer than the article size cap (${maxArticleChars} characters)`);
  let source: string;
  try {
    source = strict.decode(line.bytes);
  } catch {
    return skip('invalid UTF-8 bytes in the line; convert the file to UTF-8');
  }
  if (!source.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    return skip(`not valid JSON (${(e as Error).message}); each line must be one JSON object`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return skip('not a JSON object; each line must be {"id", "text" or "html", ...}');
  const obj = value as Record<string, unknown>;
  const meta: ArticleMeta = { origin: where };
  let text: string;
  let html = false;
  if (typeof obj.text === 'string' && obj.text.trim()) {
    text = cleanText(obj.text);
  } else if (typeof obj.html === 'string' && obj.html.trim()) {
    const result = extractArticleResult(obj.html, { url: str(obj.url) });
    if (!result.ok) return skip(`HTML with no article: ${result.reason}`);
    const a = result.article;
    text = a.text;
    html = true;
    Object.assign(meta, metaFromExtracted(a));
  } else {
    return skip('missing "text" (or "html"): give the article text as a non-empty string');
  }
  if (!text) return skip('the text is empty after cleaning');
  if (text.length > maxArticleChars)
    return skip(`the article has ${text.length} characters, over the cap of ${maxArticleChars}`);
  const url = str(obj.url);
  const title = str(obj.title);
  const date = obj.date === undefined || obj.date === null ? null : toIsoDate(obj.date);
  if (url) meta.url = url;
  if (title) meta.title = title;
  if (date) meta.published = date;
  return { kind: 'article', id: articleId(text, obj.id), text, meta, ...(html && { html }) };
}
