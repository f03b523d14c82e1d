import { createHash } from 'node:crypto';
import type { EventRecord } from '../schema/event-record.js';
import type { StoredArticle, StoredEvent } from './types.js';

/** The columns of `events` written on insert, in order (`seq` is assigned by the engine). */
export const EVENT_COLUMNS = [
  'id',
  'article_id',
  'cluster_id',
  'sentence',
  'day',
  'date',
  'date_precision',
  'date_source',
  'code',
  'root',
  'name',
  'goldstein',
  'quad',
  'plover_event',
  'plover_mode',
  'source_code',
  'source_country',
  'source_sector',
  'source_name',
  'source_start',
  'source_end',
  'target_code',
  'target_country',
  'target_sector',
  'target_name',
  'target_start',
  'target_end',
  'modality',
  'negated',
  'attribution_code',
  'location_name',
  'location_country',
  'location_admin1',
  'lat',
  'lon',
  'location_precision',
  'tone',
  'evidence_text',
  'evidence_start',
  'evidence_end',
  'trigger_start',
  'trigger_end',
  'rule',
  'confidence',
  'record',
];

/** SHA-256 of a text, hex: what decides whether a re-ingested article changed. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The dedup key of an event: the same act is the same date, source, target, CAMEO root and country of the place
 * (negated reports apart), as in several outlets' reports of one meeting or one strike. Events with equal keys fold into
 * one cluster; every one of them stays as a mention.
 */
export function clusterKey(e: EventRecord): string {
  const place = e.location && e.location.precision !== 'unresolved' ? (e.location.country ?? '') : '';
  return [
    e.date ?? '',
    e.source.code,
    e.target?.code ?? '',
    e.root,
    place,
    e.modality === 'negated' ? 'neg' : 'pos',
  ].join('|');
}

/** The cluster id of a key (a short hash, stable across engines and runs). */
export function clusterId(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 20);
}

/** An event record as a row of {@link EVENT_COLUMNS}. */
export function eventRow(e: EventRecord, cluster: string): unknown[] {
  const t = e.target;
  const l = e.location;
  return [
    e.id,
    e.article,
    cluster,
    e.sentence,
    e.date ?? '',
    e.date,
    e.date_precision,
    e.date_source ?? null,
    e.code,
    e.root,
    e.name,
    e.goldstein,
    e.quad,
    e.plover?.event ?? null,
    e.plover?.mode ?? null,
    e.source.code,
    e.source.country,
    e.source.sector,
    e.source.name,
    e.source.start,
    e.source.end,
    t?.code ?? null,
    t?.country ?? null,
    t?.sector ?? null,
    t?.name ?? null,
    t?.start ?? null,
    t?.end ?? null,
    e.modality,
    e.modality === 'negated' ? 1 : 0,
    e.attribution?.code ?? null,
    l?.name ?? null,
    l?.country ?? null,
    l?.admin1 ?? null,
    l?.lat ?? null,
    l?.lon ?? null,
    l?.precision ?? null,
    e.tone,
    e.evidence.text,
    e.evidence.start,
    e.evidence.end,
    e.evidence.trigger.start,
    e.evidence.trigger.end,
    e.rule,
    e.confidence,
    JSON.stringify(e),
  ];
}

/** A row with `record` and `cluster_id` back into a stored event. */
export function storedEvent(row: Record<string, unknown>): StoredEvent {
  return { ...(JSON.parse(row.record as string) as EventRecord), cluster: row.cluster_id as string };
}

/** An `articles` row as a {@link StoredArticle}. */
export function storedArticle(row: Record<string, unknown>): StoredArticle {
  return {
    id: row.id as string,
    url: (row.url as string | null) ?? null,
    title: (row.title as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    site: (row.site as string | null) ?? null,
    language: (row.language as string | null) ?? null,
    byline: (row.byline as string | null) ?? null,
    origin: (row.origin as string | null) ?? null,
    text: row.text as string,
    textHash: row.text_hash as string,
    ingestedAt: row.ingested_at as string,
    status: row.status as StoredArticle['status'],
    skipReason: (row.skip_reason as string | null) ?? null,
    sentences: row.sentences ? (JSON.parse(row.sentences as string) as Array<[number, number]>) : null,
  };
}
