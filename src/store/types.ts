import type { EventRecord } from '../schema/event-record.js';
import type { SaveOptions } from './ingest.js';
import type { AggregateSpec, AggregateRow, EventFilter, EventPage, EventQuery } from './query.js';

/** Which engine holds the data. */
export type Engine = 'sqlite' | 'postgres';

/** An article as handed to the store: its id, the text exactly as coded (all event offsets index into it) and metadata. */
export interface ArticleInput {
  id: string;
  text: string;
  url?: string | null;
  title?: string | null;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published?: string | null;
  /** Site or source name. */
  site?: string | null;
  /** ISO 639-1 language. */
  language?: string | null;
  byline?: string | null;
  /** Where the article came from: a path, `stdin`, a feed URL, `gdelt`. */
  origin?: string | null;
  /** Sentence offsets `[start, end)` into `text`, for highlighting. */
  sentences?: Array<[number, number]>;
}

/**
 * One unit of ingest: an article and the events coded from it. With `skipped`, the article is stored with that reason
 * and no events. `mode: 'merge'` (for imports) upserts the events by id and keeps the article's other events.
 */
export interface SaveItem {
  article: ArticleInput;
  events: EventRecord[];
  skipped?: string;
  mode?: 'replace' | 'merge';
}

/** What saving one item did: `inserted` (new article), `replaced` (text changed), `unchanged`, or `merged`. */
export interface SaveResult {
  id: string;
  status: 'inserted' | 'replaced' | 'unchanged' | 'merged';
  events: number;
}

/** An event as stored: the coder's record plus the dedup cluster it was folded into. */
export type StoredEvent = EventRecord & { cluster: string };

/** An article as stored, with status and hash. */
export interface StoredArticle {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  site: string | null;
  language: string | null;
  byline: string | null;
  origin: string | null;
  text: string;
  textHash: string;
  ingestedAt: string;
  status: 'coded' | 'skipped' | 'imported';
  skipReason: string | null;
  sentences: Array<[number, number]> | null;
}

/** An article with its events, for highlighting: every event keeps its spans into `article.text`. */
export interface ArticleWithEvents {
  article: StoredArticle;
  events: StoredEvent[];
}

/** A dedup cluster: one act, and every event (mention) folded into it. */
export interface ClusterWithMentions {
  id: string;
  key: string;
  date: string | null;
  code: string;
  source: string;
  target: string | null;
  mentions: StoredEvent[];
}

/** An actor with its event counts (negated events excluded). */
export interface ActorRow {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
  asSource: number;
  asTarget: number;
  events: number;
}

/** Totals for `/stats` and `dyad ingest`'s summary. */
export interface StoreStats {
  engine: Engine;
  articles: number;
  skippedArticles: number;
  events: number;
  negatedEvents: number;
  clusters: number;
  actors: number;
  skips: number;
  firstDate: string | null;
  lastDate: string | null;
  schemaVersion: number;
}

/** A feed the watcher polls. */
export interface Feed {
  url: string;
  title: string | null;
  addedAt: string;
  lastChecked: string | null;
  etag: string | null;
  lastModified: string | null;
  error: string | null;
}

/** An input that never became a coded article (binary file, broken line, other language). */
export interface SkipInput {
  input: string;
  reason: string;
}

/**
 * dyad's event database. Every method is async and behaves the same on both engines ({@link openStore} picks one).
 * Writes are transactional: {@link Store.saveBatch} commits all of its items or none.
 */
export interface Store {
  readonly engine: Engine;
  /** Stores one article and its events. Idempotent: the same id and text twice stores it once; a changed text replaces its events. */
  saveArticle(item: SaveItem, options?: SaveOptions): Promise<SaveResult>;
  /** Stores many articles in one transaction: a failure anywhere leaves none of the batch stored. */
  saveBatch(items: SaveItem[], options?: SaveOptions): Promise<SaveResult[]>;
  /** Records inputs that were skipped before they became articles. */
  saveSkips(skips: SkipInput[]): Promise<void>;
  /** One page of events, ordered by (date, id); pass `page.next` back as `cursor` for the next one. */
  queryEvents(query: EventQuery): Promise<EventPage>;
  /** Every event matching a filter, streamed page by page (memory stays flat for millions of rows). */
  streamEvents(query: EventQuery, pageSize?: number): AsyncIterable<StoredEvent>;
  /** Grouped counts and mean Goldstein: the one primitive the analysis functions are built on. */
  aggregate(filter: EventFilter, spec: AggregateSpec): Promise<AggregateRow[]>;
  /** An article with its events, or null. */
  getArticle(id: string): Promise<ArticleWithEvents | null>;
  /** The URLs of articles by id (null for an article without one; missing ids are left out). */
  articleUrls(ids: string[]): Promise<Map<string, string | null>>;
  /** A dedup cluster and all of its mentions, or null. */
  getCluster(id: string): Promise<ClusterWithMentions | null>;
  /** Actors whose code starts with `q` or whose name contains it (case-insensitive), most active first. */
  searchActors(q: string, limit?: number): Promise<ActorRow[]>;
  /** Actors by code. */
  getActors(codes: string[]): Promise<ActorRow[]>;
  stats(): Promise<StoreStats>;
  /** Adds (or keeps) a feed to watch. */
  addFeed(url: string, title?: string | null): Promise<void>;
  removeFeed(url: string): Promise<void>;
  listFeeds(): Promise<Feed[]>;
  /** Records a poll of a feed. */
  updateFeed(
    url: string,
    update: Partial<Pick<Feed, 'lastChecked' | 'etag' | 'lastModified' | 'error' | 'title'>>,
  ): Promise<void>;
  /** Marks a feed's item ids as seen and returns the ones that were not seen before. */
  markSeen(feedUrl: string, itemIds: string[]): Promise<string[]>;
  /** Refreshes the query planner's statistics (run after a large ingest or import). */
  optimize(): Promise<void>;
  close(): Promise<void>;
}
