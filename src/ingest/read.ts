import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleMeta } from '../doc.js';
import { cleanText } from './clean.js';
import { decodeBytes, looksBinary } from './decode.js';
import { FeedError, parseFeed } from './feed.js';
import { extractArticleResult, metaFromExtracted } from './html.js';
import { articleId } from './id.js';
import { byteLines } from './lines.js';
import { jsonlItem } from './read-jsonl.js';

/** What {@link readInputs} yields: an article ready for `createDoc`, or an input left out with a one-line reason. */
export type InputItem =
  | { kind: 'article'; id: string; text: string; meta: ArticleMeta; html?: boolean }
  | { kind: 'skip'; input: string; reason: string };

/** Options for {@link readInputs}. */
export interface ReadOptions {
  /** The stream read for the input `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Longest article text accepted, in characters (default 2,000,000); checked per article, not per file. */
  maxArticleChars?: number;
  /** Largest HTML or feed file read whole, in bytes (default 50 MB); larger ones are skipped. */
  maxDocumentBytes?: number;
  /**
   * Called with the number of bytes just read from an input (a JSONL chunk, a whole file, a stdin chunk), for
   * progress reports: the sum of the calls reaches {@link inputBytes} when every file has been read.
   */
  onBytes?: (bytes: number) => void;
}

const TEXT = new Set(['.txt', '.text']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const JSONL = new Set(['.jsonl', '.ndjson']);
const FEED = new Set(['.xml', '.rss', '.atom', '.rdf']);
const KNOWN = new Set([...TEXT, ...HTML, ...JSONL, ...FEED]);

interface Limits {
  maxArticleChars: number;
  maxDocumentBytes: number;
  onBytes: (bytes: number) => void;
}

/**
 * Reads articles from files, folders and stdin, one item at a time, never throwing for bad input.
 *
 * - `.txt`: the whole file is one article (cleaned with `cleanText`);
 * - `.html`/`.htm`: one article through `extractArticle`, with its metadata (title, date, url, ...);
 * - `.jsonl`/`.ndjson`: one article a line, `{"id", "text" | "html", "date"?, "url"?, "title"?}`, streamed line by
 *   line so memory stays flat however big the file;
 * - `.xml`/`.rss`/`.atom`/`.rdf`: a feed, each item an article (see `parseFeed`);
 * - a folder: its files with those extensions, recursively, in sorted order (hidden files and others ignored);
 * - `-`: stdin, read as JSONL when its first non-blank character is `{`, else as one plain-text article.
 *
 * The id is the one given (JSONL `id`, feed guid) verbatim, else the first 16 hex characters of the SHA-1 of the
 * text. Binary, empty, non-UTF-8 or over-size inputs, HTML without an article, a broken JSONL line or one without
 * text each give a `skip` naming the input (`file:line` for JSONL) and reading goes on.
 *
 * @example
 * for await (const item of readInputs(['news/', '-'], { stdin: process.stdin })) {
 *   if (item.kind === 'skip') console.error(`dyad: skipped ${item.input}: ${item.reason}`);
 *   else pipeline.run(createDoc(item.id, item.text, item.meta));
 * }
 */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const limits: Limits = {
    maxArticleChars: opts.maxArticleChars ?? 2_000_000,
    maxDocumentBytes: opts.maxDocumentBytes ?? 50_000_000,
    onBytes: opts.onBytes ?? (() => {}),
  };
  for (const input of inputs) {
    if (input === '-') yield* readStdin(opts.stdin ?? process.stdin, limits);
    else yield* readPath(input, limits, true);
  }
}

async function* readPath(path: string, limits: Limits, explicit: boolean): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield skip(path, code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? (e as Error).message})`);
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (e) {
      yield skip(path, `cannot list the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    for (const entry of entries
      .filter((x) => !x.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = join(path, entry.name);
      if (entry.isDirectory() || KNOWN.has(extname(entry.name).toLowerCase())) yield* readPath(child, limits, false);
    }
    return;
  }
  const ext = extname(path).toLowerCase();
  if (!KNOWN.has(ext)) {
    if (explicit)
      yield skip(path, `unknown file type "${ext || '(none)'}"; use .txt, .html, .jsonl or .xml/.rss/.atom`);
    return;
  }
  if (info.size === 0) {
    yield skip(path, 'the file is empty');
    return;
  }
  if (JSONL.has(ext)) {
    yield* readJsonlStream(counted(createReadStream(path), limits.onBytes), path, limits);
    return;
  }
  limits.onBytes(info.size);
  const cap = TEXT.has(ext) ? limits.maxArticleChars * 4 : limits.maxDocumentBytes;
  if (info.size > cap) {
    yield skip(
      path,
      `the file has ${info.size} bytes, more than ${TEXT.has(ext) ? `an article of ${limits.maxArticleChars} characters can take` : `the ${limits.maxDocumentBytes}-byte limit for one document`}`,
    );
    return;
  }
  const bytes = await readBytes(path);
  if (!bytes.ok) {
    yield skip(path, bytes.reason);
    return;
  }
  if (FEED.has(ext)) yield* readFeed(bytes.data, path, limits);
  else if (HTML.has(ext)) yield readHtml(bytes.data, path, limits);
  else yield readText(bytes.data, path, limits);
}

/**
 * The total size in bytes of the files {@link readInputs} would read for these inputs (folders walked the same way),
 * or null when the total cannot be known (stdin). Missing or unreadable paths count as 0.
 */
export async function inputBytes(inputs: string[]): Promise<number | null> {
  if (inputs.includes('-')) return null;
  let total = 0;
  const walk = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      let entries;
      try {
        entries = await readdir(path, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        if (entry.isDirectory() || KNOWN.has(extname(entry.name).toLowerCase())) await walk(join(path, entry.name));
      }
    } else if (KNOWN.has(extname(path).toLowerCase())) {
      total += info.size;
    }
  };
  for (const input of inputs) await walk(input);
  return total;
}

async function* counted(
  stream: AsyncIterable<Buffer | string>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Buffer | string> {
  for await (const chunk of stream) {
    onBytes(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length);
    yield chunk;
  }
}

async function readBytes(path: string): Promise<{ ok: true; data: Buffer } | { ok: false; reason: string }> {
  let handle;
  try {
    handle = await open(path, 'r');
    return { ok: true, data: await handle.readFile() };
  } catch (e) {
    return { ok: false, reason: `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    await handle?.close();
  }
}

function skip(input: string, reason: string): InputItem {
  return { kind: 'skip', input, reason };
}

function checked(
  input: string,
  text: string,
  meta: ArticleMeta,
  limits: Limits,
  givenId?: string,
  html?: boolean,
): InputItem {
  if (!text) return skip(input, 'no text left after cleaning');
  if (text.length > limits.maxArticleChars)
    return skip(input, `the article has ${text.length} characters, over the cap of ${limits.maxArticleChars}`);
  return { kind: 'article', id: articleId(text, givenId), text, meta, ...(html && { html }) };
}

function readText(bytes: Uint8Array, input: string, limits: Limits): InputItem {
  if (looksBinary(bytes)) return skip(input, 'binary file (NUL bytes or control characters), not text');
  const decoded = decodeBytes(bytes, 'utf-8');
  if (!decoded.ok) return skip(input, decoded.reason);
  return checked(input, cleanText(decoded.text), { origin: input }, limits);
}

function readHtml(bytes: Uint8Array, input: string, limits: Limits): InputItem {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skip(input, decoded.reason);
  const result = extractArticleResult(decoded.text);
  if (!result.ok) return skip(input, `HTML with no article: ${result.reason}`);
  const a = result.article;
  const meta: ArticleMeta = { origin: input, ...metaFromExtracted(a) };
  return checked(input, a.text, meta, limits, undefined, true);
}

async function* readFeed(bytes: Uint8Array, input: string, limits: Limits): AsyncGenerator<InputItem> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield skip(input, decoded.reason);
    return;
  }
  let feed;
  try {
    feed = await parseFeed(decoded.text, { origin: input });
  } catch (e) {
    yield skip(
      input,
      e instanceof FeedError
        ? e.message.replace(/^dyad: /, '')
        : `the feed could not be read (${(e as Error).message})`,
    );
    return;
  }
  for (const s of feed.skipped) yield skip(`${input}: ${s.item}`, s.reason);
  for (const a of feed.articles)
    yield checked(`${input}: ${a.meta.title ?? a.id}`, a.text, a.meta, limits, a.id, a.html);
}

async function* readJsonlStream(
  stream: AsyncIterable<Buffer | string>,
  input: string,
  limits: Limits,
): AsyncGenerator<InputItem> {
  const maxBytes = limits.maxArticleChars * 6 + 65_536;
  try {
    for await (const line of byteLines(stream, maxBytes)) {
      const item = jsonlItem(line, `${input}:${line.number}`, limits.maxArticleChars);
      if (item) yield item;
    }
  } catch (e) {
    yield skip(input, `reading stopped (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

async function* readStdin(stream: NodeJS.ReadableStream, limits: Limits): AsyncGenerator<InputItem> {
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    const at = chunk.findIndex(
      (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf,
    );
    if (at !== -1) first = chunk[at];
  }
  if (first === undefined) {
    yield skip('stdin', 'stdin is empty');
    return;
  }
  const replay = counted(
    (async function* () {
      yield* head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield next.value as Buffer | string;
    })(),
    limits.onBytes,
  );
  if (first === 0x7b) {
    yield* readJsonlStream(replay, 'stdin', limits);
    return;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of replay) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size <= limits.maxArticleChars * 4) parts.push(buf);
  }
  if (size > limits.maxArticleChars * 4) {
    yield skip(
      'stdin',
      `the text has ${size} bytes, more than an article of ${limits.maxArticleChars} characters can take`,
    );
    return;
  }
  yield readText(Buffer.concat(parts), 'stdin', limits);
}
