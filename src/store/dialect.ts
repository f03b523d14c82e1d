import type { AggregateSpec, EventFilter } from './query.js';
import type { Engine } from './types.js';

/** The few SQL fragments that differ between the engines. */
export interface Dialect {
  engine: Engine;
  /** An expression bucketing the `day` column (`YYYY-MM-DD`) into the first day of its week or month. */
  period(column: string, interval: 'day' | 'week' | 'month'): string;
  /** A condition that the event row aliased `e` matches the words of `q`, and its parameters; null when `q` has no words. */
  textMatch(q: string): { sql: string; params: unknown[] } | null;
  /**
   * The `FROM` of an aggregate over events aliased `e` (SQLite: steers a windowed aggregate to the covering day index,
   * and an all-time one grouped by source and target to the covering dyad index).
   */
  aggregateFrom(filter: EventFilter, spec: AggregateSpec): string;
  /**
   * The `FROM` of the inner query that picks a page's events (`seq`, in page order) before their records are read;
   * null to select the page in one query (SQLite: a text search reads the covering `events_text_cover` index rather
   * than every matching row, since only a page of the matches is returned).
   */
  pageFrom(filter: EventFilter): string | null;
  /** A case-insensitive "contains" condition; its parameter comes from {@link likePattern}. */
  contains(column: string): string;
  /** `column IS NOT NULL`, spelt so that the planner does not pick an index for it (it is never selective). */
  notNull(column: string): string;
  /** A condition that `column` is one of the known actor codes in `[?, ?)` (a prefix range), each an index seek. */
  inActors(column: string): string;
  /**
   * Whether an aggregate over "A as source or A as target" (an actor, an undirected dyad) runs as two index-only
   * branches joined by UNION ALL rather than one OR (PostgreSQL turns the OR into a bitmap scan that reads every row).
   */
  splitEitherWay: boolean;
}

/** The words of a search, letters and digits only (quotes, operators and SQL punctuation are dropped). */
export function searchWords(q: string): string[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/** SQLite: FTS5 over the evidence sentence, `date()` for weeks. */
export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  period(column, interval) {
    if (interval === 'day') return column;
    if (interval === 'month') return `substr(${column}, 1, 7) || '-01'`;
    return `date(${column}, 'weekday 0', '-6 days')`;
  },
  textMatch(q) {
    const words = searchWords(q);
    if (words.length === 0) return null;
    return {
      sql: 'e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)',
      params: [words.map((w) => `"${w}"`).join(' ')],
    };
  },
  aggregateFrom(f, spec) {
    const unindexed =
      !f.actor && !f.dyad && !f.article && f.q === undefined && !f.code && !f.plover && !f.country && !f.bbox;
    if (unindexed && (f.since || f.until)) return 'events e INDEXED BY events_day_cover';
    // Left alone, SQLite skip-scans events_day_cover for negated = 0 and sorts every row into groups (3 s at 1M events).
    const bySourceTarget =
      spec.by.length > 0 && spec.by.length <= 2 && spec.by[0] === 'source' && (spec.by[1] ?? 'target') === 'target';
    if (unindexed && bySourceTarget && !spec.dedup) return 'events e INDEXED BY events_dyad';
    return 'events e';
  },
  pageFrom(f) {
    return f.q !== undefined ? 'events e INDEXED BY events_text_cover' : null;
  },
  contains(column) {
    return `${column} LIKE ? ESCAPE '\\'`;
  },
  // Unary + keeps SQLite from turning the test into a range scan of an index on the column (events_target), which
  // made the all-time network look up every row of the table instead of scanning the covering dyad index.
  notNull(column) {
    return `+${column} IS NOT NULL`;
  },
  inActors(column) {
    return `${column} IN (SELECT code FROM actors WHERE code >= ? AND code < ?)`;
  },
  splitEitherWay: false,
};

/** PostgreSQL: a generated `tsvector` with a GIN index, `date_trunc` for weeks. */
export const postgresDialect: Dialect = {
  engine: 'postgres',
  period(column, interval) {
    if (interval === 'day') return column;
    if (interval === 'month') return `substr(${column}, 1, 7) || '-01'`;
    return `to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`;
  },
  textMatch(q) {
    const words = searchWords(q);
    if (words.length === 0) return null;
    return { sql: "e.evidence_tsv @@ plainto_tsquery('english', ?)", params: [words.join(' ')] };
  },
  aggregateFrom() {
    return 'events e';
  },
  pageFrom() {
    return null;
  },
  contains(column) {
    return `${column} ILIKE ? ESCAPE '\\'`;
  },
  notNull(column) {
    return `${column} IS NOT NULL`;
  },
  // = ANY(ARRAY(...)) is an index condition; IN (SELECT ...) under an OR became a hashed filter over a full scan.
  inActors(column) {
    return `${column} = ANY(ARRAY(SELECT code FROM actors WHERE code >= ? AND code < ?))`;
  },
  splitEitherWay: true,
};

/** The `LIKE` pattern for "contains `s`", with `%`, `_` and `\\` escaped. */
export function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
