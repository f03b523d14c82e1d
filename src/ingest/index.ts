/**
 * Ingest: from files, feeds and web pages to article text and metadata, ready for `createDoc`.
 *
 * @packageDocumentation
 */
export { cleanText, isBoilerplateLine } from './clean.js';
export { loadBoilerplate, type BoilerplateRule } from './boilerplate.js';
export { toIsoDate } from './date.js';
export { decodeBytes, type Decoded } from './decode.js';
export {
  extractArticle,
  extractArticleResult,
  type Extracted,
  type ExtractMethod,
  type ExtractOptions,
  type ExtractResult,
} from './html.js';
export { readPageMeta, type PageMeta } from './html-meta.js';
export { parseFeed, FeedError, type FeedArticle, type FeedOptions, type ParsedFeed } from './feed.js';
export { Fetcher, FetchError, type FetcherOptions, type FetchResult, type Validators } from './fetch.js';
export { articleId } from './id.js';
export { readInputs, type InputItem, type ReadOptions } from './read.js';
export {
  pollFeeds,
  watchFeeds,
  readWatchState,
  writeWatchState,
  jsonFileMemory,
  type FeedMemory,
  type WatchOptions,
  type WatchState,
} from './watch.js';
