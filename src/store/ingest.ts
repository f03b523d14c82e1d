import { EventRecord } from '../schema/event-record.js';
import { all, insert, run, type Program } from './program.js';
import { EVENT_COLUMNS, clusterId, clusterKey, eventRow, textHash } from './rows.js';
import type { SaveItem, SaveResult, SkipInput } from './types.js';

/** Options for saving: `validate: false` skips the zod check of each record (for trusted, generated data). */
export interface SaveOptions {
  validate?: boolean;
}

interface ActorDelta {
  name: string;
  country: string | null;
  sector: string | null;
  source: number;
  target: number;
}

type Deltas = Map<string, ActorDelta>;

/** The totals `/stats` reports, kept in `store_counts` and moved by every write in the same transaction. */
export const COUNTS = ['articles', 'skipped_articles', 'events', 'negated_events', 'clusters', 'skips'] as const;
export type Counts = Record<(typeof COUNTS)[number], number>;

function noCounts(): Counts {
  return { articles: 0, skipped_articles: 0, events: 0, negated_events: 0, clusters: 0, skips: 0 };
}

/** Adds a write's changes to the stored totals (rows in a fixed order, so concurrent writers never deadlock). */
export function* addCounts(counts: Counts): Program<void> {
  for (const name of COUNTS)
    if (counts[name] !== 0) yield* run('UPDATE store_counts SET n = n + ? WHERE name = ?', [counts[name], name]);
}

function addDelta(
  deltas: Deltas,
  code: string,
  role: 'source' | 'target',
  by: number,
  about?: { name: string; country: string | null; sector: string | null },
): void {
  let d = deltas.get(code);
  if (!d) {
    d = {
      name: about?.name ?? code,
      country: about?.country ?? null,
      sector: about?.sector ?? null,
      source: 0,
      target: 0,
    };
    deltas.set(code, d);
  } else if (about && d.name === code) {
    Object.assign(d, { name: about.name, country: about.country, sector: about.sector });
  }
  d[role] += by;
}

function check(item: SaveItem, validate: boolean): void {
  const id = item.article?.id;
  if (typeof id !== 'string' || id === '') throw new Error('dyad: an article to store needs a non-empty id');
  if (typeof item.article.text !== 'string')
    throw new Error(`dyad: article ${id} has no text; pass text: '' for an article known only by its URL`);
  for (const e of item.events) {
    if (validate) {
      const parsed = EventRecord.safeParse(e);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(
          `dyad: event ${String((e as { id?: unknown }).id)} of article ${id} is not a valid event record (${issue.path.join('.')}: ${issue.message}); check the coder's output`,
        );
      }
    }
    if (e.article !== id)
      throw new Error(
        `dyad: event ${e.id} says article ${e.article} but was stored with article ${id}; store each article with its own events`,
      );
  }
}

function* removeEvents(where: string, params: unknown[], deltas: Deltas, counts: Counts): Program<void> {
  const old = yield* all<{ source_code: string; target_code: string | null; negated: number; cluster_id: string }>(
    `SELECT source_code, target_code, negated, cluster_id FROM events WHERE ${where}`,
    params,
  );
  if (old.length === 0) return;
  counts.events -= old.length;
  for (const e of old) {
    if (Number(e.negated)) {
      counts.negated_events--;
      continue;
    }
    addDelta(deltas, e.source_code, 'source', -1);
    if (e.target_code) addDelta(deltas, e.target_code, 'target', -1);
  }
  yield* run(`DELETE FROM events WHERE ${where}`, params);
  const clusters = [...new Set(old.map((e) => e.cluster_id))];
  for (let i = 0; i < clusters.length; i += 500) {
    const chunk = clusters.slice(i, i + 500);
    counts.clusters -= yield* run(
      `DELETE FROM event_clusters WHERE id IN (${chunk.map(() => '?').join(',')}) AND NOT EXISTS (SELECT 1 FROM events WHERE events.cluster_id = event_clusters.id)`,
      chunk,
    );
  }
}

function* saveOne(item: SaveItem, now: string, deltas: Deltas, counts: Counts): Program<SaveResult> {
  const a = item.article;
  const hash = textHash(a.text);
  const merge = item.mode === 'merge';
  const [existing] = yield* all<{ text_hash: string; status: string; skip_reason: string | null }>(
    'SELECT text_hash, status, skip_reason FROM articles WHERE id = ?',
    [a.id],
  );
  const status = item.skipped ? 'skipped' : merge ? 'imported' : 'coded';
  if (
    existing &&
    !merge &&
    existing.text_hash === hash &&
    existing.status === status &&
    (existing.skip_reason ?? null) === (item.skipped ?? null)
  ) {
    return { id: a.id, status: 'unchanged', events: 0 };
  }
  const articleRow = [
    a.id,
    a.url ?? null,
    a.title ?? null,
    a.published ?? null,
    a.site ?? null,
    a.language ?? null,
    a.byline ?? null,
    a.origin ?? null,
    a.text,
    hash,
    a.sentences ? JSON.stringify(a.sentences) : null,
    now,
    status,
    item.skipped ?? null,
  ];
  if (!existing) {
    yield* insert(
      'articles',
      [
        'id',
        'url',
        'title',
        'published',
        'site',
        'language',
        'byline',
        'origin',
        'text',
        'text_hash',
        'sentences',
        'ingested_at',
        'status',
        'skip_reason',
      ],
      [articleRow],
    );
    counts.articles++;
    if (status === 'skipped') counts.skipped_articles++;
  } else if (!merge) {
    counts.skipped_articles += Number(status === 'skipped') - Number(existing.status === 'skipped');
    yield* removeEvents('article_id = ?', [a.id], deltas, counts);
    yield* run(
      'UPDATE articles SET url = ?, title = ?, published = ?, site = ?, language = ?, byline = ?, origin = ?, text = ?, text_hash = ?, sentences = ?, ingested_at = ?, status = ?, skip_reason = ? WHERE id = ?',
      [...articleRow.slice(1), a.id],
    );
  }
  const events = item.skipped ? [] : item.events;
  if (merge && events.length > 0) {
    for (let i = 0; i < events.length; i += 500) {
      const ids = events.slice(i, i + 500).map((e) => e.id);
      yield* removeEvents(`id IN (${ids.map(() => '?').join(',')})`, ids, deltas, counts);
    }
  }
  if (item.skipped) counts.skips += yield* insert('skips', ['input', 'reason', 'at'], [[a.id, item.skipped, now]]);
  const clusters = new Map<string, unknown[]>();
  const rows: unknown[][] = [];
  const mentions: unknown[][] = [];
  for (const e of events) {
    const key = clusterKey(e);
    const cid = clusterId(key);
    if (!clusters.has(cid))
      clusters.set(cid, [cid, key, e.date ?? '', e.code, e.source.code, e.target?.code ?? null, now]);
    rows.push(eventRow(e, cid));
    mentions.push([e.id, cid, a.id, e.sentence, now]);
    const by = e.modality === 'negated' ? 0 : 1;
    counts.negated_events += 1 - by;
    addDelta(deltas, e.source.code, 'source', by, e.source);
    if (e.target) addDelta(deltas, e.target.code, 'target', by, e.target);
  }
  counts.clusters += yield* insert(
    'event_clusters',
    ['id', 'key', 'day', 'code', 'source_code', 'target_code', 'first_seen'],
    [...clusters.values()],
    'ON CONFLICT (id) DO NOTHING',
  );
  counts.events += yield* insert('events', EVENT_COLUMNS, rows);
  yield* insert('event_mentions', ['event_id', 'cluster_id', 'article_id', 'sentence', 'mentioned_at'], mentions);
  return { id: a.id, status: merge ? 'merged' : existing ? 'replaced' : 'inserted', events: events.length };
}

/**
 * Saves a batch of articles with their events (run inside one transaction by the engine). Every actor of every event
 * gets a row in `actors` (the actor filters rely on it); counts are updated by deltas, so re-ingesting a changed
 * article moves them down for its old events and up for its new ones.
 */
export function* saveItems(items: SaveItem[], options: SaveOptions = {}): Program<SaveResult[]> {
  for (const item of items) check(item, options.validate !== false);
  const now = new Date().toISOString();
  const deltas: Deltas = new Map();
  const counts = noCounts();
  const results: SaveResult[] = [];
  for (const item of items) results.push(yield* saveOne(item, now, deltas, counts));
  yield* addCounts(counts);
  const changed = [...deltas];
  yield* insert(
    'actors',
    ['code', 'name', 'country', 'sector', 'as_source', 'as_target'],
    changed.map(([code, d]) => [code, d.name, d.country, d.sector, d.source, d.target]),
    'ON CONFLICT (code) DO UPDATE SET as_source = actors.as_source + excluded.as_source, as_target = actors.as_target + excluded.as_target',
  );
  return results;
}

/** Records skipped inputs. */
export function* saveSkipped(skips: SkipInput[]): Program<void> {
  const now = new Date().toISOString();
  yield* addCounts({
    ...noCounts(),
    skips: yield* insert(
      'skips',
      ['input', 'reason', 'at'],
      skips.map((s) => [s.input, s.reason, now]),
    ),
  });
}
