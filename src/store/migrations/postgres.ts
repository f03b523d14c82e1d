import type { Migration } from './index.js';

/**
 * PostgreSQL schema, oldest first, table for table the same as SQLite's. Codes, days and ids use the "C" collation so
 * that prefix ranges and paging order match SQLite's byte order; evidence is searched through a generated tsvector.
 */
export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      `CREATE TABLE articles (
        id TEXT COLLATE "C" PRIMARY KEY,
        url TEXT, title TEXT, published TEXT, site TEXT, language TEXT, byline TEXT, origin TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        sentences TEXT,
        ingested_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('coded', 'skipped', 'imported')),
        skip_reason TEXT
      )`,
      `CREATE TABLE event_clusters (
        id TEXT COLLATE "C" PRIMARY KEY,
        key TEXT COLLATE "C" NOT NULL UNIQUE,
        day TEXT COLLATE "C" NOT NULL,
        code TEXT COLLATE "C" NOT NULL,
        source_code TEXT COLLATE "C" NOT NULL,
        target_code TEXT COLLATE "C",
        first_seen TEXT NOT NULL
      )`,
      `CREATE TABLE events (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT COLLATE "C" NOT NULL UNIQUE,
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        cluster_id TEXT COLLATE "C" NOT NULL REFERENCES event_clusters(id),
        sentence INTEGER NOT NULL,
        day TEXT COLLATE "C" NOT NULL,
        date TEXT, date_precision TEXT, date_source TEXT,
        code TEXT COLLATE "C" NOT NULL, root TEXT COLLATE "C" NOT NULL, name TEXT NOT NULL,
        goldstein DOUBLE PRECISION NOT NULL, quad INTEGER NOT NULL,
        plover_event TEXT COLLATE "C", plover_mode TEXT,
        source_code TEXT COLLATE "C" NOT NULL, source_country TEXT COLLATE "C", source_sector TEXT, source_name TEXT,
        source_start INTEGER, source_end INTEGER,
        target_code TEXT COLLATE "C", target_country TEXT COLLATE "C", target_sector TEXT, target_name TEXT,
        target_start INTEGER, target_end INTEGER,
        modality TEXT NOT NULL, negated INTEGER NOT NULL,
        attribution_code TEXT,
        location_name TEXT, location_country TEXT COLLATE "C", location_admin1 TEXT,
        lat DOUBLE PRECISION, lon DOUBLE PRECISION, location_precision TEXT,
        tone DOUBLE PRECISION,
        evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        rule TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL,
        record TEXT NOT NULL,
        evidence_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', evidence_text)) STORED
      )`,
      `CREATE INDEX events_day ON events(day, id)`,
      `CREATE INDEX events_day_cover ON events(day, negated, source_code, target_code, goldstein, quad)`,
      `CREATE INDEX events_dyad ON events(source_code, target_code, day, quad, goldstein, negated)`,
      `CREATE INDEX events_target ON events(target_code, day, quad, goldstein, negated)`,
      `CREATE INDEX events_article ON events(article_id)`,
      `CREATE INDEX events_cluster ON events(cluster_id)`,
      `CREATE INDEX events_code ON events(code, day)`,
      `CREATE INDEX events_plover ON events(plover_event, day)`,
      `CREATE INDEX events_place ON events(location_country, day)`,
      `CREATE INDEX events_latlon ON events(lat, lon)`,
      `CREATE INDEX events_fts ON events USING GIN (evidence_tsv)`,
      `CREATE TABLE event_mentions (
        event_id TEXT COLLATE "C" PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        cluster_id TEXT COLLATE "C" NOT NULL REFERENCES event_clusters(id),
        article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        mentioned_at TEXT NOT NULL
      )`,
      `CREATE INDEX event_mentions_cluster ON event_mentions(cluster_id)`,
      `CREATE INDEX event_mentions_article ON event_mentions(article_id)`,
      `CREATE TABLE actors (
        code TEXT COLLATE "C" PRIMARY KEY,
        name TEXT NOT NULL,
        country TEXT, sector TEXT,
        as_source INTEGER NOT NULL DEFAULT 0,
        as_target INTEGER NOT NULL DEFAULT 0
      )`,
      `CREATE INDEX actors_activity ON actors((as_source + as_target) DESC)`,
      `CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT,
        added_at TEXT NOT NULL,
        last_checked TEXT, etag TEXT, last_modified TEXT, error TEXT
      )`,
      `CREATE TABLE feed_items (
        feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_url, item_id)
      )`,
      `CREATE TABLE skips (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        input TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: 'single-column code, PLOVER and place indexes (a (column, day) index tempted SQLite into skip-scans for windowed aggregates)',
    statements: [
      'DROP INDEX events_code',
      'DROP INDEX events_plover',
      'DROP INDEX events_place',
      'CREATE INDEX events_code ON events(code)',
      'CREATE INDEX events_plover ON events(plover_event)',
      'CREATE INDEX events_place ON events(location_country)',
    ],
  },
  {
    version: 3,
    name: 'index on article status (stats counts skipped articles without reading every article)',
    statements: ['CREATE INDEX articles_status ON articles(status)'],
  },
  {
    version: 4,
    name: 'SQLite: a narrow index from seq to what pages of a text search are picked and filtered by (PostgreSQL needs none)',
    statements: [],
  },
  {
    version: 5,
    name: 'store_counts: the totals of /stats, kept by every write instead of counted on each request',
    statements: [
      'CREATE TABLE store_counts (name TEXT PRIMARY KEY, n BIGINT NOT NULL)',
      `INSERT INTO store_counts (name, n) VALUES
        ('articles', (SELECT COUNT(*) FROM articles)),
        ('skipped_articles', (SELECT COUNT(*) FROM articles WHERE status = 'skipped')),
        ('events', (SELECT COUNT(*) FROM events)),
        ('negated_events', (SELECT COUNT(*) FROM events WHERE negated = 1)),
        ('clusters', (SELECT COUNT(*) FROM event_clusters)),
        ('skips', (SELECT COUNT(*) FROM skips))`,
    ],
  },
];
