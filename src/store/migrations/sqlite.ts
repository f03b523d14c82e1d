import type { Migration } from './index.js';

/** SQLite schema, oldest first. Events' evidence is indexed by an external-content FTS5 table kept in sync by triggers. */
export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      `CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT, title TEXT, published TEXT, site TEXT, language TEXT, byline TEXT, origin TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        sentences TEXT,
        ingested_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('coded', 'skipped', 'imported')),
        skip_reason TEXT
      )`,
      `CREATE TABLE event_clusters (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        code TEXT NOT NULL,
        source_code TEXT NOT NULL,
        target_code TEXT,
        first_seen TEXT NOT NULL
      )`,
      `CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL REFERENCES event_clusters(id),
        sentence INTEGER NOT NULL,
        day TEXT NOT NULL,
        date TEXT, date_precision TEXT, date_source TEXT,
        code TEXT NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL,
        goldstein REAL NOT NULL, quad INTEGER NOT NULL,
        plover_event TEXT, plover_mode TEXT,
        source_code TEXT NOT NULL, source_country TEXT, source_sector TEXT, source_name TEXT,
        source_start INTEGER, source_end INTEGER,
        target_code TEXT, target_country TEXT, target_sector TEXT, target_name TEXT,
        target_start INTEGER, target_end INTEGER,
        modality TEXT NOT NULL, negated INTEGER NOT NULL,
        attribution_code TEXT,
        location_name TEXT, location_country TEXT, location_admin1 TEXT, lat REAL, lon REAL, location_precision TEXT,
        tone REAL,
        evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        rule TEXT NOT NULL, confidence REAL NOT NULL,
        record TEXT NOT NULL
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
      `CREATE TABLE event_mentions (
        event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL REFERENCES event_clusters(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        mentioned_at TEXT NOT NULL
      )`,
      `CREATE INDEX event_mentions_cluster ON event_mentions(cluster_id)`,
      `CREATE INDEX event_mentions_article ON event_mentions(article_id)`,
      `CREATE VIRTUAL TABLE events_fts USING fts5(evidence_text, content='events', content_rowid='seq', tokenize='porter unicode61')`,
      `CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, evidence_text) VALUES (new.seq, new.evidence_text);
      END`,
      `CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, evidence_text) VALUES ('delete', old.seq, old.evidence_text);
      END`,
      `CREATE TRIGGER events_fts_update AFTER UPDATE OF evidence_text ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, evidence_text) VALUES ('delete', old.seq, old.evidence_text);
        INSERT INTO events_fts(rowid, evidence_text) VALUES (new.seq, new.evidence_text);
      END`,
      `CREATE TABLE actors (
        code TEXT PRIMARY KEY,
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
        id INTEGER PRIMARY KEY,
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
    statements: [
      // Text search hands back seqs; sorting its matches by (day, id) read each match's whole row (~2 kB), 100+ ms for
      // a common word at 1M events. These entries are ~60 bytes.
      'CREATE INDEX events_text_cover ON events(seq, day, id, source_code, target_code, quad, negated)',
    ],
  },
  {
    version: 5,
    name: 'store_counts: the totals of /stats, kept by every write instead of counted on each request',
    statements: [
      'CREATE TABLE store_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL)',
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
