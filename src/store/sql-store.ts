import type { Dialect } from './dialect.js';
import { saveItems, saveSkipped, type SaveOptions } from './ingest.js';
import { all, insert, run, type Executor } from './program.js';
import type { AggregateRow, AggregateSpec, EventFilter, EventPage, EventQuery } from './query.js';
import {
  actorSearch,
  actorsByCode,
  aggregateRows,
  articleWithEvents,
  clusterWithMentions,
  eventPage,
  feedList,
  storeStats,
  urlsById,
} from './reads.js';
import type {
  ActorRow,
  ArticleWithEvents,
  ClusterWithMentions,
  Engine,
  Feed,
  SaveItem,
  SaveResult,
  SkipInput,
  Store,
  StoreStats,
  StoredEvent,
} from './types.js';

/** The {@link Store} over either engine: store logic lives in programs, the executor runs them, the dialect spells SQL. */
export class SqlStore implements Store {
  readonly engine: Engine;

  constructor(
    private readonly executor: Executor,
    private readonly dialect: Dialect,
  ) {
    this.engine = dialect.engine;
  }

  async saveArticle(item: SaveItem, options?: SaveOptions): Promise<SaveResult> {
    const [result] = await this.saveBatch([item], options);
    return result;
  }

  saveBatch(items: SaveItem[], options?: SaveOptions): Promise<SaveResult[]> {
    return this.executor.execute(saveItems(items, options), true);
  }

  saveSkips(skips: SkipInput[]): Promise<void> {
    return this.executor.execute(saveSkipped(skips), true);
  }

  queryEvents(query: EventQuery): Promise<EventPage> {
    return this.executor.read(eventPage(query, this.dialect));
  }

  async *streamEvents(query: EventQuery, pageSize = 1000): AsyncIterable<StoredEvent> {
    let remaining = query.limit ?? Infinity;
    let cursor = query.cursor;
    while (remaining > 0) {
      const page = await this.queryEvents({ ...query, cursor, limit: Math.min(pageSize, remaining) });
      for (const e of page.events) yield e;
      remaining -= page.events.length;
      if (!page.next) return;
      cursor = page.next;
    }
  }

  aggregate(filter: EventFilter, spec: AggregateSpec): Promise<AggregateRow[]> {
    return this.executor.read(aggregateRows(filter, spec, this.dialect));
  }

  getArticle(id: string): Promise<ArticleWithEvents | null> {
    return this.executor.read(articleWithEvents(id));
  }

  articleUrls(ids: string[]): Promise<Map<string, string | null>> {
    return this.executor.read(urlsById(ids));
  }

  getCluster(id: string): Promise<ClusterWithMentions | null> {
    return this.executor.read(clusterWithMentions(id));
  }

  searchActors(q: string, limit = 20): Promise<ActorRow[]> {
    return this.executor.read(actorSearch(q, limit, this.dialect));
  }

  getActors(codes: string[]): Promise<ActorRow[]> {
    return this.executor.read(actorsByCode(codes));
  }

  stats(): Promise<StoreStats> {
    return this.executor.read(storeStats(this.dialect));
  }

  async addFeed(url: string, title: string | null = null): Promise<void> {
    await this.executor.execute(
      insert(
        'feeds',
        ['url', 'title', 'added_at'],
        [[url, title, new Date().toISOString()]],
        'ON CONFLICT (url) DO NOTHING',
      ),
      true,
    );
  }

  async removeFeed(url: string): Promise<void> {
    await this.executor.execute(run('DELETE FROM feeds WHERE url = ?', [url]), true);
  }

  listFeeds(): Promise<Feed[]> {
    return this.executor.read(feedList());
  }

  async updateFeed(
    url: string,
    update: Partial<Pick<Feed, 'lastChecked' | 'etag' | 'lastModified' | 'error' | 'title'>>,
  ): Promise<void> {
    const columns = {
      lastChecked: 'last_checked',
      etag: 'etag',
      lastModified: 'last_modified',
      error: 'error',
      title: 'title',
    } as const;
    const keys = (Object.keys(update) as Array<keyof typeof columns>).filter((k) => k in columns);
    if (keys.length === 0) return;
    const changed = await this.executor.execute(
      run(`UPDATE feeds SET ${keys.map((k) => `${columns[k]} = ?`).join(', ')} WHERE url = ?`, [
        ...keys.map((k) => update[k] ?? null),
        url,
      ]),
      true,
    );
    if (changed === 0) throw new Error(`dyad: no feed ${url} in the store; add it first`);
  }

  markSeen(feedUrl: string, itemIds: string[]): Promise<string[]> {
    const unique = [...new Set(itemIds)];
    return this.executor.execute(
      (function* () {
        const fresh: string[] = [];
        const now = new Date().toISOString();
        for (let i = 0; i < unique.length; i += 500) {
          const chunk = unique.slice(i, i + 500);
          const seen = new Set(
            (yield* all<{ item_id: string }>(
              `SELECT item_id FROM feed_items WHERE feed_url = ? AND item_id IN (${chunk.map(() => '?').join(',')})`,
              [feedUrl, ...chunk],
            )).map((r) => r.item_id),
          );
          fresh.push(...chunk.filter((id) => !seen.has(id)));
        }
        yield* insert(
          'feed_items',
          ['feed_url', 'item_id', 'seen_at'],
          fresh.map((id) => [feedUrl, id, now]),
          'ON CONFLICT (feed_url, item_id) DO NOTHING',
        );
        return fresh;
      })(),
      true,
    );
  }

  async optimize(): Promise<void> {
    await this.executor.execute(run('ANALYZE'), false);
  }

  close(): Promise<void> {
    return this.executor.close();
  }
}
