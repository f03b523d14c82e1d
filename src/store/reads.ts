import type { Dialect } from './dialect.js';
import { likePattern } from './dialect.js';
import { all, type Program } from './program.js';
import {
  decodeCursor,
  encodeCursor,
  prefixEnd,
  type AggregateRow,
  type AggregateSpec,
  type Dimension,
  type EventFilter,
  type EventPage,
  type EventQuery,
} from './query.js';
import { storedArticle, storedEvent } from './rows.js';
import type { ActorRow, ArticleWithEvents, ClusterWithMentions, Feed, StoreStats } from './types.js';
import { eitherWayBranches, whereClause } from './where.js';

const EVENT_SELECT = 'SELECT e.id, e.day, e.cluster_id, e.record FROM events e';

/** One page of events in (day, id) order, and the cursor after its last event. */
export function* eventPage(query: EventQuery, dialect: Dialect): Program<EventPage> {
  const { cursor, limit = 100, order = 'asc', ...filter } = query;
  const where = whereClause(filter, dialect, false);
  const params = [...where.params];
  const pageFrom = dialect.pageFrom(filter);
  let sql = `${pageFrom ? `SELECT e.seq FROM ${pageFrom}` : EVENT_SELECT} WHERE ${where.sql}`;
  if (cursor) {
    const [day, id] = decodeCursor(cursor);
    sql += order === 'asc' ? ' AND (e.day, e.id) > (?, ?)' : ' AND (e.day, e.id) < (?, ?)';
    params.push(day, id);
  }
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const orderBy = ` ORDER BY e.day ${dir}, e.id ${dir}`;
  sql += `${orderBy} LIMIT ?`;
  params.push(limit + 1);
  // Pick the page from narrow index entries first, then read only its events' records.
  if (pageFrom) sql = `${EVENT_SELECT} WHERE e.seq IN (${sql})${orderBy}`;
  const rows = yield* all(sql, params);
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    events: page.map(storedEvent),
    next: more && last ? encodeCursor(last.day as string, last.id as string) : null,
  };
}

const DIMENSIONS: Record<Exclude<Dimension, 'period'>, string> = {
  quad: 'e.quad',
  code: 'e.code',
  root: 'e.root',
  source: 'e.source_code',
  target: 'e.target_code',
  source_country: 'e.source_country',
  target_country: 'e.target_country',
  modality: 'e.modality',
  plover: 'e.plover_event',
};

function column(d: Dimension): string {
  const c = DIMENSIONS[d as Exclude<Dimension, 'period'>];
  if (!c)
    throw new Error(
      `dyad: cannot group events by ${String(d)}; use one of period, ${Object.keys(DIMENSIONS).join(', ')}`,
    );
  return c;
}

/** Grouped counts and mean Goldstein over the events matching a filter (negated left out unless asked for). */
export function* aggregateRows(filter: EventFilter, spec: AggregateSpec, dialect: Dialect): Program<AggregateRow[]> {
  const exprs = spec.by.map((d) => (d === 'period' ? dialect.period('e.day', spec.interval ?? 'day') : column(d)));
  const select = exprs.map((x, i) => `${x} AS k${i}`);
  const count = spec.dedup ? 'COUNT(DISTINCT e.cluster_id)' : 'COUNT(*)';
  const extra: string[] = [];
  if (spec.by.includes('period')) extra.push("e.day <> ''");
  for (const d of spec.nonNull ?? []) if (d !== 'period') extra.push(dialect.notNull(column(d)));
  const branches = eitherWayBranches(filter, dialect, true).map((c) => ({
    sql: [c.sql, ...extra].join(' AND '),
    params: c.params,
  }));
  const params = branches.flatMap((b) => b.params);
  let from: string;
  if (branches.length === 1) {
    from = `${dialect.aggregateFrom(filter, spec)} WHERE ${branches[0].sql}`;
  } else {
    const columns = [
      ...new Set([
        'e.day',
        'e.quad',
        'e.goldstein',
        ...(spec.dedup ? ['e.cluster_id'] : []),
        ...spec.by.filter((d) => d !== 'period').map(column),
      ]),
    ].join(', ');
    from = `(${branches.map((b) => `SELECT ${columns} FROM events e WHERE ${b.sql}`).join(' UNION ALL ')}) e`;
  }
  let sql = `SELECT ${[...select, `${count} AS n`, 'AVG(e.goldstein) AS g'].join(', ')} FROM ${from}`;
  if (exprs.length) sql += ` GROUP BY ${exprs.map((_, i) => i + 1).join(', ')}`;
  if (spec.limit !== undefined) {
    sql += ` ORDER BY n DESC${exprs.map((_, i) => `, ${i + 1}`).join('')} LIMIT ?`;
    params.push(spec.limit);
  } else if (exprs.length) {
    sql += ` ORDER BY ${exprs.map((_, i) => i + 1).join(', ')}`;
  }
  const rows = yield* all(sql, params);
  return rows.map((r) => {
    const key: AggregateRow['key'] = {};
    spec.by.forEach((d, i) => {
      const v = r[`k${i}`];
      key[d] = d === 'quad' && v !== null ? Number(v) : (v as string | null);
    });
    return { key, count: Number(r.n), goldstein: r.g === null ? 0 : Number(r.g) };
  });
}

/** An article with its events in text order, or null. */
export function* articleWithEvents(id: string): Program<ArticleWithEvents | null> {
  const [row] = yield* all('SELECT * FROM articles WHERE id = ?', [id]);
  if (!row) return null;
  const events = yield* all(`${EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.evidence_start, e.trigger_start, e.id`, [
    id,
  ]);
  return { article: storedArticle(row), events: events.map(storedEvent) };
}

/** A cluster and its mentions, oldest first. */
export function* clusterWithMentions(id: string): Program<ClusterWithMentions | null> {
  const [c] = yield* all('SELECT * FROM event_clusters WHERE id = ?', [id]);
  if (!c) return null;
  const events = yield* all(
    `${EVENT_SELECT} JOIN event_mentions m ON m.event_id = e.id WHERE m.cluster_id = ? ORDER BY m.mentioned_at, e.id`,
    [id],
  );
  return {
    id,
    key: c.key as string,
    date: (c.day as string) || null,
    code: c.code as string,
    source: c.source_code as string,
    target: (c.target_code as string | null) ?? null,
    mentions: events.map(storedEvent),
  };
}

function actorRow(r: Record<string, unknown>): ActorRow {
  const asSource = Number(r.as_source);
  const asTarget = Number(r.as_target);
  return {
    code: r.code as string,
    name: r.name as string,
    country: (r.country as string | null) ?? null,
    sector: (r.sector as string | null) ?? null,
    asSource,
    asTarget,
    events: asSource + asTarget,
  };
}

/** Actors whose code starts with `q` (case-insensitive) or whose name contains it, most active first. */
export function* actorSearch(q: string, limit: number, dialect: Dialect): Program<ActorRow[]> {
  const code = q.toUpperCase();
  const rows = q
    ? yield* all(
        `SELECT * FROM actors WHERE (code >= ? AND code < ?) OR ${dialect.contains('name')} ORDER BY (code >= ? AND code < ?) DESC, (as_source + as_target) DESC, code LIMIT ?`,
        [code, prefixEnd(code), likePattern(q), code, prefixEnd(code), limit],
      )
    : yield* all('SELECT * FROM actors ORDER BY (as_source + as_target) DESC, code LIMIT ?', [limit]);
  return rows.map(actorRow);
}

/** Actors by code, in no particular order. */
export function* actorsByCode(codes: string[]): Program<ActorRow[]> {
  const out: ActorRow[] = [];
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500);
    out.push(
      ...(yield* all(`SELECT * FROM actors WHERE code IN (${chunk.map(() => '?').join(',')})`, chunk)).map(actorRow),
    );
  }
  return out;
}

/** Totals over the whole store: counts kept up to date by every write (`store_counts`), the date range from two index seeks. */
export function* storeStats(dialect: Dialect): Program<StoreStats> {
  const counts = new Map(
    (yield* all<{ name: string; n: number | string }>('SELECT name, n FROM store_counts')).map((r) => [
      r.name,
      Number(r.n),
    ]),
  );
  const [range] = yield* all(
    "SELECT (SELECT MIN(day) FROM events WHERE day > '') AS first, (SELECT MAX(day) FROM events WHERE day > '') AS last",
  );
  const [actors] = yield* all('SELECT COUNT(*) AS n FROM actors WHERE as_source + as_target > 0');
  const [version] = yield* all('SELECT MAX(version) AS n FROM schema_migrations');
  return {
    engine: dialect.engine,
    articles: counts.get('articles') ?? 0,
    skippedArticles: counts.get('skipped_articles') ?? 0,
    events: counts.get('events') ?? 0,
    negatedEvents: counts.get('negated_events') ?? 0,
    clusters: counts.get('clusters') ?? 0,
    actors: Number(actors?.n ?? 0),
    skips: counts.get('skips') ?? 0,
    firstDate: (range?.first as string | null) ?? null,
    lastDate: (range?.last as string | null) ?? null,
    schemaVersion: Number(version?.n ?? 0),
  };
}

/** Every feed, in the order added. */
export function* feedList(): Program<Feed[]> {
  const rows = yield* all('SELECT * FROM feeds ORDER BY added_at, url');
  return rows.map((r) => ({
    url: r.url as string,
    title: (r.title as string | null) ?? null,
    addedAt: r.added_at as string,
    lastChecked: (r.last_checked as string | null) ?? null,
    etag: (r.etag as string | null) ?? null,
    lastModified: (r.last_modified as string | null) ?? null,
    error: (r.error as string | null) ?? null,
  }));
}

/** Article URLs by id. */
export function* urlsById(ids: string[]): Program<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of yield* all<{ id: string; url: string | null }>(
      `SELECT id, url FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    ))
      out.set(r.id, r.url);
  }
  return out;
}
